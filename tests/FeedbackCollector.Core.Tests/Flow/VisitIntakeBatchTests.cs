using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Privacy;

namespace FeedbackCollector.Core.Tests.Flow;

/// <summary>
/// Issue 16 (an import within 3× of a plain insert): a batch of visits reads its customers' asks and suppressions once
/// and writes its asks and jobs once, and comes out exactly as the same visits accepted one after another.
/// </summary>
public sealed class VisitIntakeBatchTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly TimeSpan Sgt = TimeSpan.FromHours(8);

    private static readonly Customer Bob = Person("bob@example.com", null);
    private static readonly Customer Cat = Person(null, "12");

    private static Customer Person(string? email, string? phone) => new(AskId.ForCustomer(email, phone), "P", email, phone);

    private static VisitIntake Intake(FlowWorld w, ISuppressionList? suppression = null) =>
        new(w.Asks, w.Scheduler, suppression ?? w.Suppression, w.Audit, w.Docs, w.Time);

    private static Visit Visit(string id, Customer customer, int day = 2) =>
        new("shopify", id, customer, "haircut", new DateTimeOffset(2026, 3, day, 10, 0, 0, Sgt));

    /// <summary>Ann twice (a repeated row), Ann again inside the ask cap, a suppressed Bob, Cat with a bad number only, and a new Dan.</summary>
    private static Visit[] Mixed() =>
    [
        Visit("1", FlowWorld.Ann), Visit("1", FlowWorld.Ann), Visit("2", FlowWorld.Ann, day: 20), Visit("3", Bob), Visit("4", Cat),
        Visit("5", Person("dan@example.com", null)),
    ];

    private static async Task<FlowWorld> WorldAsync()
    {
        var world = new FlowWorld();
        await world.Suppression.AddAsync("BOB@example.com", "unsubscribe", FlowWorld.Start, Ct);
        return world;
    }

    [Fact]
    public async Task A_batch_plans_its_visits_exactly_as_one_after_another_would()
    {
        var (batch, oneByOne) = (await WorldAsync(), await WorldAsync());

        var together = await Intake(batch).AcceptBatchAsync(Mixed(), await batch.Docs.LoadAsync(Ct), Ct);
        var alone = new List<IntakeResult>();
        foreach (var visit in Mixed()) alone.Add(await Intake(oneByOne).AcceptAsync(visit, Ct));

        together.Select(r => r.Status).Should().Equal(IntakeStatus.Planned, IntakeStatus.Duplicate, IntakeStatus.NotPlanned,
            IntakeStatus.NotPlanned, IntakeStatus.NotPlanned, IntakeStatus.Planned);
        together.Select(r => r.Reason ?? "").Should().SatisfyRespectively(_ => { }, _ => { }, r => r.Should().StartWith("ask cap"),
            r => r.Should().Contain("suppressed"), r => r.Should().StartWith("phone number"), _ => { });
        together.Should().BeEquivalentTo(alone, o => o.WithStrictOrdering());
        batch.Asks.All.Should().BeEquivalentTo(oneByOne.Asks.All);
        batch.Scheduler.Jobs.Should().Equal(oneByOne.Scheduler.Jobs).And.HaveCount(2);
        batch.Audit.All.Select(a => a.Detail).Should().BeEquivalentTo(oneByOne.Audit.All.Select(a => a.Detail)).And.HaveCount(3);
    }

    [Fact]
    public async Task A_batch_of_rows_already_planned_adds_nothing_and_schedules_only_a_lost_job()
    {
        var world = await WorldAsync();
        var intake = Intake(world);
        var docs = await world.Docs.LoadAsync(Ct);
        await intake.AcceptBatchAsync(Mixed(), docs, Ct);
        var (asks, audit) = (world.Asks.All, world.Audit.All);
        await world.Scheduler.CancelAsync(JobNames.SendAsk(Mixed()[0].AskId), Ct);

        var again = await intake.AcceptBatchAsync(Mixed(), docs, Ct);

        again.Should().OnlyContain(r => r.Status == IntakeStatus.Duplicate);
        again[0].Job.Should().NotBeNull("the crash between the ask and its job is mended by the re-run");
        again[1].Job.Should().BeNull("the repeated row finds the job its first row just scheduled");
        world.Asks.All.Should().BeEquivalentTo(asks);
        world.Audit.All.Should().HaveCount(audit.Count);
        world.Scheduler.Jobs.Should().HaveCount(2);
    }

    [Fact]
    public async Task An_empty_batch_touches_nothing()
    {
        var world = new FlowWorld();

        (await Intake(world).AcceptBatchAsync([], await world.Docs.LoadAsync(Ct), Ct)).Should().BeEmpty();

        world.Asks.All.Should().BeEmpty();
    }

    [Fact]
    public async Task An_erased_customers_kept_unsubscribe_suppresses_them_in_a_batch_too()
    {
        var world = new FlowWorld();
        await world.Suppression.AddAsync(ErasureStubs.SuppressionHash("bob@example.com"), "unsubscribe", FlowWorld.Start, Ct);

        var results = await Intake(world, new ErasedSuppressions(world.Suppression))
            .AcceptBatchAsync([Visit("3", Bob), Visit("1", FlowWorld.Ann)], await world.Docs.LoadAsync(Ct), Ct);

        results.Select(r => r.Status).Should().Equal(IntakeStatus.NotPlanned, IntakeStatus.Planned);
        results[0].Reason.Should().Contain("suppressed");
    }
}
