using FeedbackCollector.Local.Sqlite;

namespace FeedbackCollector.Local.Tests.TestSupport;

/// <summary>A migrated SQLite database in its own temp folder.</summary>
public sealed class TestDatabase : IDisposable
{
    private readonly TempFolder _folder = new();

    public TestDatabase()
    {
        Factory = new SqliteConnectionFactory(_folder.File("feedback.db"));
    }

    public SqliteConnectionFactory Factory { get; }

    public async Task<SqliteConnectionFactory> MigratedAsync()
    {
        await SqliteMigrator.MigrateAsync(Factory);
        return Factory;
    }

    public void Dispose() => _folder.Dispose();
}
