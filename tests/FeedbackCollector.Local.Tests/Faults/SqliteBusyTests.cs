using FeedbackCollector.Core.Model;
using FeedbackCollector.Local.Scheduling;
using FeedbackCollector.Local.Sqlite;
using FeedbackCollector.Local.Tests.TestSupport;
using Microsoft.Data.Sqlite;

namespace FeedbackCollector.Local.Tests.Faults;

/// <summary>
/// Another connection holding SQLite's write lock (a backup tool, `sqlite3` in a terminal, a second process): our
/// writers wait for it (busy_timeout) and succeed; past the timeout the write fails whole with SQLITE_BUSY, which
/// the scheduler records and retries, so nothing is lost and nothing is half-written.
/// </summary>
public sealed class SqliteBusyTests
{
    private const int SqliteBusy = 5;

    [Fact]
    public async Task A_send_waits_for_another_connections_write_lock_and_goes_once()
    {
        await using var relay = await ListenerHarness.StartAsync("relay.test");
        using var world = await RelaySendWorld.StartAsync(relay.Port);
        var job = await world.PendingAskAsync();
        await world.Storage.Schedule.ScheduleAsync(job);
        var loop = new SchedulerLoop(world.Storage.Schedule, (j, ct) => world.SendAsync(j, ct), [], new SchedulerLoopOptions(), world.Clock);

        await using (var holder = await HoldWriteLockAsync(world.Storage.Factory.DatabaseFile))
        {
            var run = Task.Run(() => loop.RunOnceAsync()); // Microsoft.Data.Sqlite's async calls block their thread
            await Task.Delay(TimeSpan.FromMilliseconds(700));
            run.IsCompleted.Should().BeFalse("the poll waits for the lock rather than failing");
            await holder.ReleaseAsync();
            (await run).Should().Be(1);
        }

        relay.Handed.Should().ContainSingle();
        (await world.MovesAsync(job)).Should().ContainSingle(m => m.Move == Move.AskSent);
    }

    [Fact]
    public async Task A_write_lock_held_past_the_busy_timeout_fails_the_write_whole_and_the_retry_lands_it()
    {
        using var folder = new TempFolder();
        var factory = new SqliteConnectionFactory(folder.File("feedback.db"), TimeSpan.FromMilliseconds(200));
        await SqliteMigrator.MigrateAsync(factory);
        var store = new SqliteAskStore(factory);
        var customer = new Customer("c1", "Ann", "ann@example.com", null);
        var ask = new Ask("c1", "a1", customer, "haircut", RelaySendWorld.Start.AddHours(-2), RelaySendWorld.Start, AskStatus.Pending);

        await using (var holder = await HoldWriteLockAsync(factory.DatabaseFile))
        {
            var blocked = () => store.TryAddAsync(ask);
            (await blocked.Should().ThrowAsync<SqliteException>()).Which.SqliteErrorCode.Should().Be(SqliteBusy);
        }

        (await store.GetAsync("c1", "a1")).Should().BeNull("nothing half-written");
        (await store.TryAddAsync(ask)).Should().BeTrue("the retry after the lock is gone lands it");
        (await store.ListForCustomerAsync("c1")).Should().ContainSingle();
    }

    private static async Task<LockHolder> HoldWriteLockAsync(string databaseFile)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databaseFile, Pooling = false }.ToString());
        await connection.OpenAsync();
        await Execute(connection, "BEGIN IMMEDIATE;");
        return new LockHolder(connection);
    }

    private static async Task Execute(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private sealed class LockHolder(SqliteConnection connection) : IAsyncDisposable
    {
        private bool _released;

        public async Task ReleaseAsync()
        {
            if (_released) return;
            _released = true;
            await Execute(connection, "COMMIT;");
        }

        public async ValueTask DisposeAsync()
        {
            await ReleaseAsync();
            await connection.DisposeAsync();
        }
    }
}
