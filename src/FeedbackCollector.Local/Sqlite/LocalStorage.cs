using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Local.Sqlite;

/// <summary>
/// The SQLite-backed stores of one database file, opened and migrated together at startup, so the
/// composition root gets every store from one call and no store ever sees an old schema.
/// </summary>
public sealed class LocalStorage
{
    private LocalStorage(SqliteConnectionFactory factory)
    {
        Factory = factory;
        Asks = new SqliteAskStore(factory);
        Feedback = new SqliteFeedbackStore(factory);
        AskAnswers = new SqliteAskAnswerReader(factory);
        Audit = new SqliteAuditLog(factory);
        Suppression = new SqliteSuppressionList(factory);
        Schedule = new SqliteAskScheduler(factory);
    }

    public SqliteConnectionFactory Factory { get; }

    public int SchemaVersion { get; private init; }

    public IAskStore Asks { get; }

    public IFeedbackStore Feedback { get; }

    /// <summary>The ask and its answer in one query (the star page).</summary>
    public IAskAnswerReader AskAnswers { get; }

    public IAuditLog Audit { get; }

    public ISuppressionList Suppression { get; }

    /// <summary>The schedule table: IAskScheduler for the flow, and the claim operations the SchedulerLoop uses.</summary>
    public SqliteAskScheduler Schedule { get; }

    /// <summary>Creates the file if needed and applies every pending migration.</summary>
    public static async Task<LocalStorage> OpenAsync(string databaseFile, CancellationToken ct = default)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(databaseFile));
        if (directory is not null) Directory.CreateDirectory(directory);
        var factory = new SqliteConnectionFactory(databaseFile);
        var version = await SqliteMigrator.MigrateAsync(factory, ct);
        return new LocalStorage(factory) { SchemaVersion = version };
    }
}
