using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Core.Tests.Flow;

public sealed class VisitIntakeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly TimeSpan Sgt = TimeSpan.FromHours(8);

    private static VisitIntake Intake(FlowWorld w) => new(w.Asks, w.Scheduler, w.Suppression, w.Audit, w.Docs, w.Time);

    private static Visit Visit(string id = "1001", DateTimeOffset? endedAt = null, Customer? customer = null) =>
        new("shopify", id, customer ?? FlowWorld.Ann, "haircut", endedAt ?? new DateTimeOffset(2026, 3, 2, 10, 0, 0, Sgt));

    [Fact]
    public async Task A_visit_becomes_one_pending_ask_and_one_send_job_at_the_planned_time()
    {
        var world = new FlowWorld();

        var result = await Intake(world).AcceptAsync(Visit(), Ct);

        var sendAt = new DateTimeOffset(2026, 3, 2, 12, 0, 0, Sgt);
        result.Status.Should().Be(IntakeStatus.Planned);
        world.Asks.All.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new { Status = AskStatus.Pending, SendAt = sendAt, AskId = Visit().AskId, ScheduleName = JobNames.SendAsk(Visit().AskId) });
        world.Scheduler.Jobs.Should().Equal(new ScheduledJob(JobNames.SendAsk(Visit().AskId), JobKind.SendAsk,
            FlowWorld.Ann.CustomerId, Visit().AskId, sendAt));
    }

    [Fact]
    public async Task A_visit_ending_late_is_asked_after_quiet_hours()
    {
        var world = new FlowWorld();

        var result = await Intake(world).AcceptAsync(Visit(endedAt: new DateTimeOffset(2026, 3, 2, 20, 0, 0, Sgt)), Ct);

        result.Ask.SendAt.Should().Be(new DateTimeOffset(2026, 3, 3, 9, 0, 0, Sgt));
    }

    [Fact]
    public async Task A_retried_visit_adds_no_second_ask_and_no_second_job()
    {
        var world = new FlowWorld();
        var intake = Intake(world);

        await intake.AcceptAsync(Visit(), Ct);
        var again = await intake.AcceptAsync(Visit() with { VisitType = "colour" }, Ct);

        again.Status.Should().Be(IntakeStatus.Duplicate);
        world.Asks.All.Should().ContainSingle().Which.VisitType.Should().Be("haircut");
        world.Scheduler.Jobs.Should().ContainSingle();
    }

    [Fact]
    public async Task Twenty_parallel_deliveries_of_one_visit_make_one_ask_and_one_job()
    {
        var world = new FlowWorld();
        var intake = Intake(world);

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => intake.AcceptAsync(Visit(), Ct), Ct)));

        results.Count(r => r.Status == IntakeStatus.Planned).Should().Be(1);
        world.Asks.All.Should().ContainSingle();
        world.Scheduler.Jobs.Should().ContainSingle();
    }

    [Fact]
    public async Task A_retry_after_the_job_was_lost_schedules_it_again()
    {
        var world = new FlowWorld();
        var intake = Intake(world);
        await intake.AcceptAsync(Visit(), Ct);
        await world.Scheduler.CancelAsync(JobNames.SendAsk(Visit().AskId), Ct);

        var again = await intake.AcceptAsync(Visit(), Ct);

        again.Job.Should().NotBeNull();
        world.Scheduler.Jobs.Should().ContainSingle();
    }

    [Fact]
    public async Task A_second_visit_within_the_ask_cap_is_not_planned_and_the_reason_is_kept()
    {
        var world = new FlowWorld();
        var intake = Intake(world);
        await intake.AcceptAsync(Visit("1001"), Ct);

        var second = await intake.AcceptAsync(Visit("1002", new DateTimeOffset(2026, 3, 20, 10, 0, 0, Sgt)), Ct);

        second.Status.Should().Be(IntakeStatus.NotPlanned);
        second.Reason.Should().StartWith("ask cap");
        second.Ask.Should().BeEquivalentTo(new { Status = AskStatus.Closed, SentAt = (DateTimeOffset?)null });
        second.Ask.LastError.Should().StartWith("not planned: ask cap");
        world.Audit.All.Should().ContainSingle().Which.Detail.Should().StartWith("not planned: ask cap");
        world.Scheduler.Jobs.Should().ContainSingle();
    }

    [Fact]
    public async Task A_visit_not_planned_and_retried_is_recorded_once()
    {
        var world = new FlowWorld();
        await world.Suppression.AddAsync("ann@example.com", "unsubscribe", FlowWorld.Start, Ct);
        var intake = Intake(world);

        var first = await intake.AcceptAsync(Visit(), Ct);
        var again = await intake.AcceptAsync(Visit(), Ct);

        first.Status.Should().Be(IntakeStatus.NotPlanned);
        first.Reason.Should().Contain("suppressed");
        again.Status.Should().Be(IntakeStatus.Duplicate);
        world.Audit.All.Should().ContainSingle();
        world.Scheduler.Jobs.Should().BeEmpty();
    }

    [Fact]
    public async Task A_visit_not_asked_about_does_not_count_toward_the_ask_cap()
    {
        var world = new FlowWorld();
        var intake = Intake(world);
        await world.Asks.TryAddAsync(FlowWorld.NewAsk("old", status: AskStatus.Closed) with { SentAt = null, LastError = "not planned: x" }, Ct);

        var result = await intake.AcceptAsync(Visit(), Ct);

        result.Status.Should().Be(IntakeStatus.Planned);
    }

    [Fact]
    public async Task A_visit_with_no_way_to_reach_the_customer_is_kept_as_not_planned()
    {
        var world = new FlowWorld();
        var nobody = FlowWorld.Ann with { CustomerId = "c-walk-in", Email = null, Phone = null };

        var result = await Intake(world).AcceptAsync(Visit(customer: nobody), Ct);

        result.Status.Should().Be(IntakeStatus.NotPlanned);
        (await world.Asks.GetAsync("c-walk-in", Visit().AskId, Ct))!.LastError.Should().Be("not planned: no email or phone");
    }
}
