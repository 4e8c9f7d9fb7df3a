using System.Data;
using FeedbackCollector.Local.Tests.TestSupport;
using Microsoft.Data.Sqlite;

namespace FeedbackCollector.Local.Tests.Sqlite;

/// <summary>The factory keeps connections open between operations (their statements stay prepared) without ever sharing one.</summary>
public sealed class SqliteConnectionFactoryTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly TestDatabase _db = new();

    [Fact]
    public async Task A_finished_operations_connection_serves_the_next_one_still_open()
    {
        var factory = await _db.MigratedAsync();
        var first = await factory.OpenAsync(Ct);
        await first.DisposeAsync();

        await using var next = await factory.OpenAsync(Ct);

        next.Should().BeSameAs(first);
        next.State.Should().Be(ConnectionState.Open);
    }

    [Fact]
    public async Task Operations_running_at_the_same_time_never_share_a_connection()
    {
        var factory = await _db.MigratedAsync();
        await using var one = await factory.OpenAsync(Ct);
        await using var two = await factory.OpenAsync(Ct);

        two.Should().NotBeSameAs(one);
    }

    [Fact]
    public async Task A_connection_left_inside_a_transaction_is_closed_not_handed_on()
    {
        var factory = await _db.MigratedAsync();
        var left = await factory.OpenAsync(Ct);
        await Execute(left, "BEGIN IMMEDIATE;");
        await left.DisposeAsync();

        await using var next = await factory.OpenAsync(Ct);

        next.Should().NotBeSameAs(left);
        left.State.Should().Be(ConnectionState.Closed, "its write lock would otherwise block every other writer");
        await Execute(next, "INSERT INTO suppression (address, reason, added_at) VALUES ('a@example.com', 'test', 0);");
    }

    [Fact]
    public async Task A_rolled_back_transactions_connection_is_reused_with_nothing_of_it_left()
    {
        var factory = await _db.MigratedAsync();
        var failing = () => factory.InTransactionAsync<bool>(async ct =>
        {
            await using var c = await factory.OpenAsync(ct);
            await Execute(c, "INSERT INTO suppression (address, reason, added_at) VALUES ('b@example.com', 'test', 0);");
            throw new InvalidOperationException("killed");
        }, Ct);
        await failing.Should().ThrowAsync<InvalidOperationException>();

        await using var next = await factory.OpenAsync(Ct);
        await using var count = next.CreateCommand();
        count.CommandText = "SELECT count(*) FROM suppression;";

        ((long)(await count.ExecuteScalarAsync(Ct))!).Should().Be(0);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_transaction_commits_without_checkpointing_and_its_connection_goes_back_checkpointing_again(bool fails)
    {
        var factory = await _db.MigratedAsync();
        long during = -1;
        var run = () => factory.InTransactionAsync(async ct =>
        {
            await using var c = await factory.OpenAsync(ct);
            during = await Scalar(c, "PRAGMA wal_autocheckpoint;");
            return fails ? throw new InvalidOperationException("killed") : true;
        }, Ct);
        if (fails) await run.Should().ThrowAsync<InvalidOperationException>();
        else await run();

        await using var next = await factory.OpenAsync(Ct);

        during.Should().Be(0);
        (await Scalar(next, "PRAGMA wal_autocheckpoint;")).Should().Be(1000, "the pool's only connection is the transaction's, given back");
    }

    private static async Task<long> Scalar(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }

    private static async Task Execute(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(Ct);
    }

    public void Dispose() => _db.Dispose();
}
