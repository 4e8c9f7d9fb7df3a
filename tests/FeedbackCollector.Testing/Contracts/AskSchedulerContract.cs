using FeedbackCollector.Core.Ports;
using static FeedbackCollector.Testing.Contracts.ContractIds;

namespace FeedbackCollector.Testing.Contracts;

/// <summary>What every IAskScheduler must do: a job name is a natural key, so scheduling twice is a no-op.</summary>
public abstract class AskSchedulerContract
{
    protected abstract Task<IAskScheduler> CreateSchedulerAsync();

    /// <summary>Jobs are due in the future (2030), so a real scheduler accepts them and nothing fires during a test.</summary>
    protected static ScheduledJob NewJob(JobKind kind = JobKind.SendAsk) =>
        new(Unique("fc-ask-"), kind, Unique("c"), Unique("a"), At(2030, 1, 15, 10, 30, 0, 0));

    [Fact]
    public async Task Scheduling_a_new_job_returns_true()
    {
        var scheduler = await CreateSchedulerAsync();

        (await scheduler.ScheduleAsync(NewJob(), Ct)).Should().BeTrue();
    }

    [Fact]
    public async Task Scheduling_the_same_name_twice_is_a_no_op_that_returns_false()
    {
        var scheduler = await CreateSchedulerAsync();
        var job = NewJob();

        await scheduler.ScheduleAsync(job, Ct);

        (await scheduler.ScheduleAsync(job with { DueAt = job.DueAt.AddDays(1), Kind = JobKind.FollowUp }, Ct)).Should().BeFalse();
    }

    [Fact]
    public async Task Cancelling_a_job_returns_true_once_and_then_false()
    {
        var scheduler = await CreateSchedulerAsync();
        var job = NewJob();
        await scheduler.ScheduleAsync(job, Ct);

        (await scheduler.CancelAsync(job.Name, Ct)).Should().BeTrue();
        (await scheduler.CancelAsync(job.Name, Ct)).Should().BeFalse();
    }

    [Fact]
    public async Task Cancelling_a_job_that_never_existed_returns_false()
    {
        var scheduler = await CreateSchedulerAsync();

        (await scheduler.CancelAsync(Unique("fc-none-"), Ct)).Should().BeFalse();
    }

    [Fact]
    public async Task A_cancelled_name_can_be_scheduled_again()
    {
        var scheduler = await CreateSchedulerAsync();
        var job = NewJob(JobKind.FollowUp);
        await scheduler.ScheduleAsync(job, Ct);
        await scheduler.CancelAsync(job.Name, Ct);

        (await scheduler.ScheduleAsync(job, Ct)).Should().BeTrue();
    }

    [Fact]
    public async Task Twenty_parallel_schedules_of_one_name_let_exactly_one_win()
    {
        var scheduler = await CreateSchedulerAsync();
        var job = NewJob();

        var results = await Task.WhenAll(Enumerable.Range(0, 20)
            .Select(i => Task.Run(() => scheduler.ScheduleAsync(job with { DueAt = job.DueAt.AddMinutes(i) }, Ct), Ct)));

        results.Count(r => r).Should().Be(1);
    }

    [Fact]
    public async Task Forgetting_a_job_removes_it_so_it_can_be_scheduled_again_and_a_second_forget_returns_false()
    {
        var scheduler = await CreateSchedulerAsync();
        var job = NewJob();
        await scheduler.ScheduleAsync(job, Ct);

        (await scheduler.ForgetAsync(job.Name, Ct)).Should().BeTrue();
        (await scheduler.ForgetAsync(job.Name, Ct)).Should().BeFalse();

        (await scheduler.ScheduleAsync(job, Ct)).Should().BeTrue("nothing of the forgotten job is left under its name");
    }

    [Fact]
    public async Task Scheduling_an_empty_batch_creates_nothing()
    {
        var scheduler = await CreateSchedulerAsync();

        (await scheduler.ScheduleManyAsync([], Ct)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_batch_creates_each_new_name_once_and_says_false_for_repeats_and_names_already_scheduled()
    {
        var scheduler = await CreateSchedulerAsync();
        var existing = NewJob();
        await scheduler.ScheduleAsync(existing, Ct);
        var fresh = NewJob();
        var other = NewJob(JobKind.FollowUp);

        var created = await scheduler.ScheduleManyAsync([fresh, existing, fresh with { DueAt = fresh.DueAt.AddDays(1) }, other], Ct);

        created.Should().Equal(true, false, false, true);
        (await scheduler.ScheduleAsync(other, Ct)).Should().BeFalse("the batch created it");
    }
}
