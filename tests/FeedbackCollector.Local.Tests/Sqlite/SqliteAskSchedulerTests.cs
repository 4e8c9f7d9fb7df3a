using FeedbackCollector.Core.Ports;
using FeedbackCollector.Local.Sqlite;
using FeedbackCollector.Local.Tests.TestSupport;

namespace FeedbackCollector.Local.Tests.Sqlite;

public sealed class SqliteAskSchedulerTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 8, 10, 0, 0, 123, TimeSpan.Zero);
    private readonly TestDatabase _db = new();

    [Fact]
    public async Task Only_due_unclaimed_jobs_are_claimed_and_a_claim_is_won_once()
    {
        var schedule = new SqliteAskScheduler(await _db.MigratedAsync());
        await schedule.ScheduleAsync(Job("due", T0));
        await schedule.ScheduleAsync(Job("later", T0.AddMinutes(1)));

        var first = await schedule.ClaimDueAsync(T0, T0.AddMinutes(-5), 10);
        var second = await schedule.ClaimDueAsync(T0, T0.AddMinutes(-5), 10);

        first.Select(e => e.Name).Should().Equal("due");
        first[0].Attempts.Should().Be(1);
        second.Should().BeEmpty("the claim is fresh");
    }

    [Fact]
    public async Task A_stale_claim_is_taken_over()
    {
        var schedule = new SqliteAskScheduler(await _db.MigratedAsync());
        await schedule.ScheduleAsync(Job("j", T0));
        await schedule.ClaimDueAsync(T0, T0.AddMinutes(-5), 10);

        var later = T0.AddMinutes(6);
        var reclaimed = await schedule.ClaimDueAsync(later, later.AddMinutes(-5), 10);

        reclaimed.Select(e => e.Name).Should().Equal("j");
        reclaimed[0].Attempts.Should().Be(2);
    }

    [Fact]
    public async Task A_done_job_is_never_claimed_again_and_cannot_be_cancelled()
    {
        var schedule = new SqliteAskScheduler(await _db.MigratedAsync());
        await schedule.ScheduleAsync(Job("j", T0));
        await schedule.ClaimDueAsync(T0, T0.AddMinutes(-5), 10);

        (await schedule.MarkDoneAsync("j", T0.AddSeconds(1))).Should().BeTrue();

        (await schedule.ClaimDueAsync(T0.AddDays(1), T0.AddDays(1), 10)).Should().BeEmpty();
        (await schedule.CancelAsync("j")).Should().BeFalse();
        (await schedule.GetAsync("j"))!.DoneAt.Should().Be(T0.AddSeconds(1));
    }

    [Fact]
    public async Task A_failure_releases_the_claim_records_the_error_and_moves_the_due_time()
    {
        var schedule = new SqliteAskScheduler(await _db.MigratedAsync());
        await schedule.ScheduleAsync(Job("j", T0));
        await schedule.ClaimDueAsync(T0, T0.AddMinutes(-5), 10);

        await schedule.RecordFailureAsync("j", "smtp 451", T0.AddSeconds(30));

        var entry = await schedule.GetAsync("j");
        entry.Should().BeEquivalentTo(new { ClaimedAt = (DateTimeOffset?)null, LastError = "smtp 451", DueAt = T0.AddSeconds(30), Attempts = 1 });
        (await schedule.ClaimDueAsync(T0.AddSeconds(29), T0, 10)).Should().BeEmpty();
        (await schedule.ClaimDueAsync(T0.AddSeconds(30), T0, 10)).Should().ContainSingle();
    }

    [Fact]
    public async Task A_scheduled_job_reads_back_as_the_same_job()
    {
        var schedule = new SqliteAskScheduler(await _db.MigratedAsync());
        var job = new ScheduledJob("fc-follow-1", JobKind.FollowUp, "c9", "a9", T0);
        await schedule.ScheduleAsync(job);

        (await schedule.GetAsync(job.Name))!.AsJob().Should().Be(job);
    }

    [Fact]
    public async Task Parallel_claimers_split_the_due_jobs_without_overlap()
    {
        var schedule = new SqliteAskScheduler(await _db.MigratedAsync());
        for (var i = 0; i < 30; i++) await schedule.ScheduleAsync(Job($"j{i:D2}", T0));

        var claims = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => schedule.ClaimDueAsync(T0, T0.AddMinutes(-5), 30))));

        var names = claims.SelectMany(c => c).Select(e => e.Name).ToList();
        names.Should().OnlyHaveUniqueItems().And.HaveCount(30);
    }

    [Fact]
    public async Task A_batch_with_a_job_the_database_refuses_writes_none_of_its_jobs_and_the_next_batch_is_written()
    {
        var schedule = new SqliteAskScheduler(await _db.MigratedAsync());
        var refused = Job("bad", T0) with { CustomerId = null! };

        var write = () => schedule.ScheduleManyAsync([Job("a", T0), refused, Job("b", T0)]);

        (await write.Should().ThrowAsync<Microsoft.Data.Sqlite.SqliteException>()).Which.Message.Should().Contain("NOT NULL");
        (await schedule.ListPendingAsync()).Should().BeEmpty("the rows before the refused one were rolled back with it");
        (await schedule.ScheduleManyAsync([Job("a", T0), Job("b", T0)])).Should().Equal(true, true);
    }

    private static ScheduledJob Job(string name, DateTimeOffset due) => new(name, JobKind.SendAsk, "c-" + name, "a-" + name, due);

    public void Dispose() => _db.Dispose();
}
