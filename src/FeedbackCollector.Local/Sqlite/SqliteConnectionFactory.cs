using Microsoft.Data.Sqlite;

namespace FeedbackCollector.Local.Sqlite;

/// <summary>
/// The one place that opens connections to the local database. Each operation opens its own
/// (pooled) connection, so concurrent callers (HTTP, SMTP, scheduler) never share one; WAL lets
/// readers run beside the single writer and the busy timeout makes writers wait instead of failing.
/// </summary>
public sealed class SqliteConnectionFactory
{
    private readonly string _connectionString;

    /// <param name="databaseFile">Path of the .db file; created on first open.</param>
    /// <param name="busyTimeout">How long a writer waits for the lock (default 5 s).</param>
    public SqliteConnectionFactory(string databaseFile, TimeSpan? busyTimeout = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databaseFile);
        DatabaseFile = databaseFile;
        BusyTimeout = busyTimeout ?? TimeSpan.FromSeconds(5);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databaseFile,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = (int)Math.Ceiling(BusyTimeout.TotalSeconds),
        }.ToString();
    }

    public string DatabaseFile { get; }

    public TimeSpan BusyTimeout { get; }

    /// <summary>An open connection with the busy timeout and foreign keys set.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken ct = default)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(ct).ConfigureAwait(false);
            using var pragma = connection.CreateCommand();
            pragma.CommandText = $"PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds}; PRAGMA foreign_keys = ON;";
            await pragma.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
