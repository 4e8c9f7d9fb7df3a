using System.Collections.Concurrent;
using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Local.Scheduling;
using FeedbackCollector.Local.Sqlite;
using FeedbackCollector.Local.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace FeedbackCollector.Local.Tests.Scheduling;

public sealed class SchedulerLoopTests : IDisposable
{
    // 2026-11-27 23:59 UTC is 2026-11-28 07:59 in Singapore.
    private static readonly DateTimeOffset Start = new(2026, 11, 27, 23, 59, 0, TimeSpan.Zero);
    private readonly TestDatabase _db = new();
    private readonly FakeTimeProvider _time = new(Start);
    private readonly ConcurrentBag<string> _ran = [];
    private readonly SchedulerLoopOptions _options = new() { StaleClaimAfter = TimeSpan.FromMinutes(5), InitialBackoff = TimeSpan.FromSeconds(30) };

    [Fact]
    public async Task A_due_job_runs_once_and_is_marked_done()
    {
        var schedule = await ScheduleAsync();
        await schedule.ScheduleAsync(Job("j1", Start));
        var loop = Loop(schedule);

        (await loop.RunOnceAsync()).Should().Be(1);
        (await loop.RunOnceAsync()).Should().Be(0);

        _ran.Should().Equal("j1");
        (await schedule.GetAsync("j1"))!.DoneAt.Should().Be(Start);
    }

    [Fact]
    public async Task A_job_waits_until_its_due_time()
    {
        var schedule = await ScheduleAsync();
        await schedule.ScheduleAsync(Job("later", Start.AddMinutes(10)));
        var loop = Loop(schedule);

        await loop.RunOnceAsync();
        _ran.Should().BeEmpty();

        _time.Advance(TimeSpan.FromMinutes(10));
        await loop.RunOnceAsync();
        _ran.Should().Equal("later");
    }

    [Fact]
    public async Task A_failing_job_records_its_error_and_is_retried_after_the_backoff()
    {
        var schedule = await ScheduleAsync();
        await schedule.ScheduleAsync(Job("flaky", Start));
        var failures = 1;
        var loop = Loop(schedule, (job, _) =>
        {
            if (failures-- > 0) throw new InvalidOperationException("relay down");
            _ran.Add(job.Name);
            return Task.CompletedTask;
        });

        await loop.RunOnceAsync();
        var failed = await schedule.GetAsync("flaky");
        failed!.LastError.Should().Contain("relay down");
        failed.DoneAt.Should().BeNull();
        failed.DueAt.Should().Be(Start.AddSeconds(30));

        _time.Advance(TimeSpan.FromSeconds(29));
        await loop.RunOnceAsync();
        _ran.Should().BeEmpty();

        _time.Advance(TimeSpan.FromSeconds(1));
        await loop.RunOnceAsync();
        _ran.Should().Equal("flaky");
        (await schedule.GetAsync("flaky"))!.Attempts.Should().Be(2);
    }

    [Fact]
    public async Task A_job_that_keeps_failing_is_given_up_after_max_attempts_with_its_error_kept()
    {
        var schedule = await ScheduleAsync();
        await schedule.ScheduleAsync(Job("doomed", Start));
        var loop = Loop(schedule, (_, _) => throw new InvalidOperationException("bad address"), _options with { MaxAttempts = 2 });

        await loop.RunOnceAsync();
        _time.Advance(TimeSpan.FromHours(1));
        await loop.RunOnceAsync();
        _time.Advance(TimeSpan.FromHours(1));
        (await loop.RunOnceAsync()).Should().Be(0);

        var entry = await schedule.GetAsync("doomed");
        entry!.DoneAt.Should().NotBeNull();
        entry.LastError.Should().Contain("gave up after 2 attempts").And.Contain("bad address");
    }

    [Fact]
    public async Task A_handler_asking_for_a_retry_is_run_again_after_the_backoff_with_its_reason_kept()
    {
        var schedule = await ScheduleAsync();
        await schedule.ScheduleAsync(Job("retry-me", Start));
        var calls = 0;
        var loop = Loop(schedule, (_, _) => ++calls == 1 ? throw new TransientFailureException("smtp 451 greylisted") : Task.CompletedTask);

        await loop.RunOnceAsync();
        (await schedule.GetAsync("retry-me"))!.LastError.Should().Be("smtp 451 greylisted");

        _time.Advance(TimeSpan.FromSeconds(30));
        await loop.RunOnceAsync();

        calls.Should().Be(2);
        (await schedule.GetAsync("retry-me"))!.DoneAt.Should().NotBeNull();
    }

    [Fact]
    public async Task After_a_crash_between_claim_and_done_the_job_runs_once_after_the_stale_timeout()
    {
        var schedule = await ScheduleAsync();
        await schedule.ScheduleAsync(Job("crashed", Start));
        // The old process claimed the job and died before marking it done.
        await schedule.ClaimDueAsync(Start, Start - _options.StaleClaimAfter, 10);
        var restarted = Loop(new SqliteAskScheduler(_db.Factory));

        await restarted.RunOnceAsync();
        _ran.Should().BeEmpty("the claim might still belong to a live runner");

        _time.Advance(_options.StaleClaimAfter + TimeSpan.FromSeconds(1));
        await restarted.RunOnceAsync();
        await restarted.RunOnceAsync();
        _ran.Should().Equal("crashed");
    }

    [Fact]
    public async Task After_a_restart_every_due_job_runs_exactly_once_even_with_two_loops_racing()
    {
        var schedule = await ScheduleAsync();
        for (var i = 0; i < 25; i++) await schedule.ScheduleAsync(Job($"ask-{i:D2}", Start.AddSeconds(-i)));
        var a = Loop(new SqliteAskScheduler(_db.Factory));
        var b = Loop(new SqliteAskScheduler(_db.Factory));

        await Task.WhenAll(Task.Run(() => a.RunOnceAsync()), Task.Run(() => b.RunOnceAsync()));
        await a.RunOnceAsync();

        _ran.Should().HaveCount(25).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task The_daily_sweep_runs_once_per_occurrence_across_restarts()
    {
        var schedule = await ScheduleAsync();
        var sweeps = new List<DateTimeOffset>();
        RecurringJob Sweep() => new("daily-sweep", RecurringSchedule.Daily("Asia/Singapore", new TimeOnly(8, 0)),
            (at, _) => { sweeps.Add(at); return Task.CompletedTask; });

        await Loop(schedule, recurring: [Sweep()]).RunOnceAsync();
        sweeps.Should().BeEmpty("it is 07:59 in Singapore");

        _time.Advance(TimeSpan.FromMinutes(2));
        await Loop(schedule, recurring: [Sweep()]).RunOnceAsync();
        await Loop(new SqliteAskScheduler(_db.Factory), recurring: [Sweep()]).RunOnceAsync();
        sweeps.Should().Equal(new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.FromHours(8)));

        _time.Advance(TimeSpan.FromDays(1));
        await Loop(schedule, recurring: [Sweep()]).RunOnceAsync();
        sweeps.Should().HaveCount(2);
        (await schedule.GetAsync("daily-sweep:2026-11-29"))!.DoneAt.Should().NotBeNull();
    }

    [Fact]
    public async Task An_occurrence_missed_by_more_than_its_lateness_is_skipped_not_replayed()
    {
        _time.Advance(TimeSpan.FromHours(15)); // 22:59 in Singapore: the 08:00 sweep is 15 h late.
        var schedule = await ScheduleAsync();
        var ran = 0;
        var sweep = new RecurringJob("daily-sweep", RecurringSchedule.Daily("Asia/Singapore", new TimeOnly(8, 0)),
            (_, _) => { ran++; return Task.CompletedTask; }, TimeSpan.FromHours(12));

        await Loop(schedule, recurring: [sweep]).RunOnceAsync();

        ran.Should().Be(0);
    }

    [Fact]
    public async Task The_loop_polls_with_the_injected_delay_until_cancelled()
    {
        var schedule = await ScheduleAsync();
        await schedule.ScheduleAsync(Job("j", Start));
        using var cts = new CancellationTokenSource();
        var delays = new List<TimeSpan>();
        var loop = new SchedulerLoop(schedule, Record, [], _options with { PollInterval = TimeSpan.FromSeconds(7) }, _time,
            (span, _) =>
            {
                delays.Add(span);
                if (delays.Count == 3) cts.Cancel();
                return Task.CompletedTask;
            });

        await loop.RunAsync(cts.Token);

        delays.Should().Equal(TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(7));
        _ran.Should().Equal("j");
    }

    private async Task<SqliteAskScheduler> ScheduleAsync() => new(await _db.MigratedAsync());

    private SchedulerLoop Loop(SqliteAskScheduler schedule, Func<ScheduledJob, CancellationToken, Task>? handler = null,
        SchedulerLoopOptions? options = null, IEnumerable<RecurringJob>? recurring = null) =>
        new(schedule, handler ?? Record, recurring ?? [], options ?? _options, _time);

    private Task Record(ScheduledJob job, CancellationToken ct)
    {
        _ran.Add(job.Name);
        return Task.CompletedTask;
    }

    private static ScheduledJob Job(string name, DateTimeOffset due) => new(name, JobKind.SendAsk, "c", "a-" + name, due);

    public void Dispose() => _db.Dispose();
}
