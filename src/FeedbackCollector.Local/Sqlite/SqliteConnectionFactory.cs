using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace FeedbackCollector.Local.Sqlite;

/// <summary>
/// The one place that opens connections to the local database. Each operation takes its own connection
/// from the pool, so concurrent callers (HTTP, SMTP, scheduler) never share one; WAL lets readers run
/// beside the single writer and the busy timeout makes writers wait instead of failing.
/// A pooled connection keeps its SQLite handle, so the per-connection PRAGMAs run once per handle, not
/// once per operation (a page view used to pay a PRAGMA round per read).
/// <c>synchronous = NORMAL</c> under WAL: a commit is appended to the WAL without an fsync, and the WAL is
/// synced at checkpoints. The database can never be corrupted by a crash; a power cut (not a process kill)
/// may lose the last commits, which the flow already survives: every write is idempotent by natural key and
/// the sources (webhook retries, CSV rows, the scheduler) deliver again. FULL cost an fsync per row.
/// <c>secure_delete = ON</c>: a deleted row's bytes are overwritten with zeros, so an erased customer cannot be read
/// back from the file's free pages (the WAL is truncated by <see cref="CheckpointAsync"/> after an erasure).
/// </summary>
public sealed class SqliteConnectionFactory
{
    private readonly string _connectionString;
    private readonly string _pragmas;
    private readonly ConditionalWeakTable<object, object> _prepared = [];
    private readonly AsyncLocal<BatchConnection?> _batch = new();

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
        _pragmas = $"PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds}; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA secure_delete = ON;";
    }

    public string DatabaseFile { get; }

    public TimeSpan BusyTimeout { get; }

    /// <summary>
    /// An open connection with the busy timeout, foreign keys and synchronous mode set. Inside
    /// <see cref="InTransactionAsync"/> it is that transaction's connection (disposing it leaves it open).
    /// </summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken ct = default)
    {
        if (_batch.Value is { Released: false } shared) return shared;
        var connection = new SqliteConnection(_connectionString);
        await PrepareAsync(connection, ct).ConfigureAwait(false);
        return connection;
    }

    /// <summary>
    /// Runs work with every store operation of this flow (this async context) on one connection inside one
    /// transaction (BEGIN IMMEDIATE: the write lock is taken at once, so it cannot deadlock on upgrade).
    /// Committed when work returns; rolled back when it throws or is cancelled, so a killed batch leaves nothing
    /// half-written. Nested calls join the outer transaction.
    /// </summary>
    public async Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (_batch.Value is { Released: false }) return await work(ct).ConfigureAwait(false);
        var connection = new BatchConnection(_connectionString);
        try
        {
            await PrepareAsync(connection, ct).ConfigureAwait(false);
            await connection.ExecuteAsync("BEGIN IMMEDIATE;", ct).ConfigureAwait(false);
            _batch.Value = connection;
            T result;
            try
            {
                result = await work(ct).ConfigureAwait(false);
            }
            catch
            {
                await connection.ExecuteAsync("ROLLBACK;", CancellationToken.None).ConfigureAwait(false);
                throw;
            }
            await connection.ExecuteAsync("COMMIT;", CancellationToken.None).ConfigureAwait(false);
            return result;
        }
        finally
        {
            _batch.Value = null;
            connection.Release();
        }
    }

    /// <summary>Copies the WAL into the database and truncates it, so no old page (an erased row) stays in the -wal file.</summary>
    public async Task CheckpointAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await connection.ExecuteAsync("PRAGMA wal_checkpoint(TRUNCATE);", ct).ConfigureAwait(false);
    }

    private async Task PrepareAsync(SqliteConnection connection, CancellationToken ct)
    {
        try
        {
            await connection.OpenAsync(ct).ConfigureAwait(false);
            if (connection.Handle is { } handle && _prepared.TryGetValue(handle, out _)) return;
            using var pragma = connection.CreateCommand();
            pragma.CommandText = _pragmas;
            await pragma.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            if (connection.Handle is { } fresh) _prepared.AddOrUpdate(fresh, this);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The connection of one transaction: the stores' "await using" leaves it open until the transaction ends.</summary>
    private sealed class BatchConnection(string connectionString) : SqliteConnection(connectionString)
    {
        public bool Released { get; private set; }

        public void Release()
        {
            Released = true;
            Dispose();
        }

        protected override void Dispose(bool disposing)
        {
            if (Released) base.Dispose(disposing);
        }
    }
}
