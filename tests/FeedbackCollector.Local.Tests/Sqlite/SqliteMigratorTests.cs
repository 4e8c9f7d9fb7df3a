using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Local.Sqlite;
using FeedbackCollector.Local.Tests.TestSupport;
using Microsoft.Data.Sqlite;

namespace FeedbackCollector.Local.Tests.Sqlite;

public sealed class SqliteMigratorTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 8, 10, 0, 0, TimeSpan.FromHours(8));
    private readonly TestDatabase _db = new();

    [Fact]
    public async Task A_new_database_is_brought_to_the_newest_version()
    {
        var version = await SqliteMigrator.MigrateAsync(_db.Factory);

        version.Should().Be(SqliteSchema.Migrations[^1].Version);
        (await SqliteMigrator.CurrentVersionAsync(_db.Factory)).Should().Be(version);
    }

    [Fact]
    public async Task Running_the_migrations_again_is_a_no_op()
    {
        await SqliteMigrator.MigrateAsync(_db.Factory);
        var ask = NewAsk();
        await new SqliteAskStore(_db.Factory).TryAddAsync(ask);

        var again = await SqliteMigrator.MigrateAsync(_db.Factory);

        again.Should().Be(SqliteSchema.Migrations[^1].Version);
        (await CountAsync("SELECT count(*) FROM schema_version")).Should().Be(SqliteSchema.Migrations.Count);
        (await new SqliteAskStore(_db.Factory).GetAsync(ask.CustomerId, ask.AskId)).Should().Be(ask);
    }

    [Fact]
    public async Task An_older_database_is_migrated_and_keeps_its_rows()
    {
        await SqliteMigrator.MigrateAsync(_db.Factory, SqliteSchema.Migrations.Take(1).ToList());
        var ask = NewAsk();
        await new SqliteAskStore(_db.Factory).TryAddAsync(ask);
        (await SqliteMigrator.CurrentVersionAsync(_db.Factory)).Should().Be(1);

        await SqliteMigrator.MigrateAsync(_db.Factory);

        (await SqliteMigrator.CurrentVersionAsync(_db.Factory)).Should().Be(SqliteSchema.Migrations[^1].Version);
        (await new SqliteAskStore(_db.Factory).GetAsync(ask.CustomerId, ask.AskId)).Should().Be(ask);
        (await new SqliteAskScheduler(_db.Factory).ScheduleAsync(new ScheduledJob("job-1", JobKind.SendAsk, "c", "a", T0)))
            .Should().BeTrue("the schedule table of migration 2 exists now");
    }

    [Fact]
    public async Task A_failing_migration_rolls_back_every_step_of_that_run()
    {
        List<SqliteMigration> broken = [SqliteSchema.Migrations[0], new(2, "broken", "CREATE TABLE nonsense (;")];

        var act = () => SqliteMigrator.MigrateAsync(_db.Factory, broken);

        await act.Should().ThrowAsync<SqliteException>();
        (await SqliteMigrator.CurrentVersionAsync(_db.Factory)).Should().Be(0);
        (await CountAsync("SELECT count(*) FROM sqlite_master WHERE name = 'asks'")).Should().Be(0);
    }

    [Fact]
    public async Task Migrations_out_of_order_are_refused()
    {
        List<SqliteMigration> unordered = [new(2, "b", "SELECT 1;"), new(1, "a", "SELECT 1;")];

        var act = () => SqliteMigrator.MigrateAsync(_db.Factory, unordered);

        await act.Should().ThrowAsync<ArgumentException>();
    }

    [Fact]
    public async Task The_database_runs_in_wal_mode()
    {
        await SqliteMigrator.MigrateAsync(_db.Factory);

        await using var connection = await _db.Factory.OpenAsync();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        ((string?)await command.ExecuteScalarAsync()).Should().Be("wal");
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = await _db.Factory.OpenAsync();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static Ask NewAsk() =>
        new("c1", "a1", new Customer("c1", "Ann", "ann@example.com", null), "haircut", T0, T0.AddHours(2), AskStatus.Pending);

    public void Dispose() => _db.Dispose();
}
