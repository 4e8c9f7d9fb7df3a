using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace FeedbackCollector.Local.Sqlite;

/// <summary>
/// The one place that opens connections to the local database. Each operation takes its own connection,
/// so concurrent callers (HTTP, SMTP, scheduler) never share one; WAL lets readers run beside the single
/// writer and the busy timeout makes writers wait instead of failing.
/// Connections are kept open between operations (at most <see cref="MaxIdle"/> idle), each with its
/// statements prepared once (<see cref="PreparedConnection"/>), so a page view or an import row pays no
/// open, PRAGMA or SQL parse: it binds and steps.
/// <c>synchronous = NORMAL</c> under WAL: a commit is appended to the WAL without an fsync, and the WAL is
/// synced at checkpoints. The database can never be corrupted by a crash; a power cut (not a process kill)
/// may lose the last commits, which the flow already survives: every write is idempotent by natural key and
/// the sources (webhook retries, CSV rows, the scheduler) deliver again. FULL cost an fsync per row.
/// <c>secure_delete = ON</c>: a deleted row's bytes are overwritten with zeros, so an erased customer cannot be read
/// back from the file's free pages (the WAL is truncated by <see cref="CheckpointAsync"/> after an erasure).
/// </summary>
public sealed class SqliteConnectionFactory
{
    /// <summary>Idle connections kept; more concurrent callers than this open extra ones that close after use.</summary>
    public const int MaxIdle = 16;

    // A batch of a few thousand rows with random keys dirties thousands of index pages; the default 2 MB cache spilled
    // them to the WAL mid-transaction, writing each page several times. The cache only grows with the pages a
    // connection actually touches, so serve's page views stay small.
    private const int CacheKib = 32 * 1024;

    /// <summary>SQLite's default: a commit that leaves the WAL longer than this many pages checkpoints it.</summary>
    private const int AutoCheckpointPages = 1000;

    private readonly string _connectionString;
    private readonly string _pragmas;
    private readonly ConcurrentBag<PreparedConnection> _idle = [];
    private readonly AsyncLocal<PreparedConnection?> _batch = new();
    private int _idleCount;

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
            // Our own pool keeps the connections (with their prepared statements); the driver's would only keep handles.
            Pooling = false,
            DefaultTimeout = (int)Math.Ceiling(BusyTimeout.TotalSeconds),
        }.ToString();
        _pragmas = $"PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds}; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -{CacheKib}; PRAGMA secure_delete = ON;";
    }

    public string DatabaseFile { get; }

    public TimeSpan BusyTimeout { get; }

    /// <summary>
    /// An open connection with the busy timeout, foreign keys and synchronous mode set. Inside
    /// <see cref="InTransactionAsync"/> it is that transaction's connection (disposing it leaves it open).
    /// Disposing it otherwise hands it back for the next operation.
    /// </summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken ct = default)
    {
        if (_batch.Value is { } shared) return shared;
        return await TakeAsync(ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs work with every store operation of this flow (this async context) on one connection inside one
    /// transaction (BEGIN IMMEDIATE: the write lock is taken at once, so it cannot deadlock on upgrade).
    /// Committed when work returns; rolled back when it throws or is cancelled, so a killed batch leaves nothing
    /// half-written. Nested calls join the outer transaction.
    /// Its commit does not checkpoint the WAL (an import's 20 commits each copied the pages they dirtied into the
    /// database again, with two fsyncs): the next ordinary write does, or the caller with <see cref="CheckpointAsync"/>.
    /// </summary>
    public async Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (_batch.Value is not null) return await work(ct).ConfigureAwait(false);
        var connection = await TakeAsync(ct).ConfigureAwait(false);
        connection.Held = true;
        try
        {
            await connection.ExecuteAsync("PRAGMA wal_autocheckpoint = 0; BEGIN IMMEDIATE;", ct).ConfigureAwait(false);
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
            connection.Held = false;
            await GiveBackCheckpointingAsync(connection).ConfigureAwait(false);
        }
    }

    // Every other user of the connection keeps SQLite's automatic checkpoints; one that cannot be reset is not reused.
    private static async Task GiveBackCheckpointingAsync(PreparedConnection connection)
    {
        try
        {
            await connection.ExecuteAsync($"PRAGMA wal_autocheckpoint = {AutoCheckpointPages};", CancellationToken.None).ConfigureAwait(false);
        }
        catch (SqliteException)
        {
            connection.CloseForGood();
            return;
        }
        connection.Dispose();
    }

    /// <summary>Copies the WAL into the database and truncates it, so no old page (an erased row) stays in the -wal file.</summary>
    public async Task CheckpointAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await connection.ExecuteAsync("PRAGMA wal_checkpoint(TRUNCATE);", ct).ConfigureAwait(false);
    }

    private async Task<PreparedConnection> TakeAsync(CancellationToken ct)
    {
        if (_idle.TryTake(out var idle))
        {
            Interlocked.Decrement(ref _idleCount);
            return idle;
        }
        var connection = new PreparedConnection(_connectionString, GiveBack);
        try
        {
            await connection.OpenAsync(ct).ConfigureAwait(false);
            using var pragma = connection.CreateCommand();
            pragma.CommandText = _pragmas;
            await pragma.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            connection.CloseForGood();
            throw;
        }
    }

    private void GiveBack(PreparedConnection connection)
    {
        // A connection still inside a transaction (a failed COMMIT or ROLLBACK) must not reach the next caller.
        var clean = connection.State == System.Data.ConnectionState.Open && connection.Handle is { } handle
            && SQLitePCL.raw.sqlite3_get_autocommit(handle) != 0;
        if (clean && Interlocked.Increment(ref _idleCount) <= MaxIdle)
        {
            _idle.Add(connection);
            return;
        }
        if (clean) Interlocked.Decrement(ref _idleCount);
        connection.CloseForGood();
    }
}
