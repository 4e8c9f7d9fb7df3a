using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Core.Tests.Flow;

public sealed class WithdrawTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Withdraw WithdrawIn(FlowWorld world) => new(world.Asks, world.Scheduler, world.Audit, world.Time);

    private static Withdrawal RefundOf(Ask ask, string? customerId = null) => new("shopify", "order-1", customerId ?? ask.CustomerId, "refund");

    private static async Task<(Ask Ask, ScheduledJob Job)> PlannedAsync(FlowWorld world)
    {
        var ask = FlowWorld.NewAsk() with { ScheduleName = JobNames.SendAsk(AskId.ForVisit("shopify", "order-1")) };
        await world.Asks.TryAddAsync(ask, Ct);
        var job = new ScheduledJob(ask.ScheduleName!, JobKind.SendAsk, ask.CustomerId, ask.AskId, ask.SendAt);
        await world.Scheduler.ScheduleAsync(job, Ct);
        return (ask, job);
    }

    [Fact]
    public async Task A_refund_before_the_send_time_closes_the_ask_deletes_its_schedule_and_says_why()
    {
        var world = new FlowWorld();
        var (ask, job) = await PlannedAsync(world);

        var outcome = await WithdrawIn(world).RunAsync(RefundOf(ask), Ct);
        var send = await world.Sender.RunAsync(job, Ct);

        outcome.Status.Should().Be(WithdrawStatus.Withdrawn);
        (await world.Asks.GetAsync(ask.CustomerId, ask.AskId, Ct)).Should().BeEquivalentTo(
            new { Status = AskStatus.Closed, LastError = "withdrawn: refund" });
        (await world.Scheduler.ScheduleAsync(job, Ct)).Should().BeTrue("the withdrawn ask's schedule was deleted, so the name is free again");
        world.Audit.All.Should().ContainSingle(e => e.Move == Move.Withdrawn).Which.Detail.Should().Be("withdrawn: refund");
        send.Status.Should().Be(SendStatus.Skipped);
        world.Mailer.Attempts.Should().BeEmpty();
    }

    [Fact]
    public async Task A_refund_without_a_contact_finds_the_ask_by_its_id()
    {
        var world = new FlowWorld();
        var (ask, _) = await PlannedAsync(world);

        var outcome = await WithdrawIn(world).RunAsync(new Withdrawal("shopify", "order-1", null, "refund"), Ct);

        outcome.Should().Be(new WithdrawOutcome(WithdrawStatus.Withdrawn, ask.AskId, ask.CustomerId, "withdrawn: refund"));
    }

    [Fact]
    public async Task A_refund_after_the_ask_was_sent_leaves_it_sent_and_audits_that_it_came_too_late()
    {
        var world = new FlowWorld();
        var (ask, job) = await PlannedAsync(world);
        await world.Sender.RunAsync(job, Ct);

        var outcome = await WithdrawIn(world).RunAsync(RefundOf(ask), Ct);

        outcome.Status.Should().Be(WithdrawStatus.TooLate);
        (await world.Asks.GetAsync(ask.CustomerId, ask.AskId, Ct))!.Status.Should().Be(AskStatus.Sent);
        world.Audit.All.Should().ContainSingle(e => e.Move == Move.WithdrawalTooLate)
            .Which.Detail.Should().Be("withdrawal came too late (refund): the ask was already sent");
        world.Audit.All.Should().NotContain(e => e.Move == Move.Withdrawn);
    }

    [Fact]
    public async Task A_withdrawal_delivered_twice_withdraws_once()
    {
        var world = new FlowWorld();
        var (ask, _) = await PlannedAsync(world);

        await WithdrawIn(world).RunAsync(RefundOf(ask), Ct);
        var again = await WithdrawIn(world).RunAsync(RefundOf(ask), Ct);

        again.Status.Should().Be(WithdrawStatus.AlreadyClosed);
        world.Audit.All.Count(e => e.Move == Move.Withdrawn).Should().Be(1);
    }

    [Fact]
    public async Task A_refund_of_a_sale_never_asked_about_changes_nothing()
    {
        var world = new FlowWorld();

        var outcome = await WithdrawIn(world).RunAsync(new Withdrawal("shopify", "unknown", null, "refund"), Ct);

        outcome.Status.Should().Be(WithdrawStatus.NoAsk);
        world.Audit.All.Should().BeEmpty();
    }

    [Fact]
    public async Task A_withdrawal_and_a_send_started_together_fifty_times_are_never_both()
    {
        for (var i = 0; i < 50; i++)
        {
            var world = new FlowWorld();
            var (ask, job) = await PlannedAsync(world);
            using var go = new ManualResetEventSlim();
            var send = Task.Run(() => { go.Wait(Ct); return world.Sender.RunAsync(job, Ct); }, Ct);
            var withdraw = Task.Run(() => { go.Wait(Ct); return WithdrawIn(world).RunAsync(RefundOf(ask), Ct); }, Ct);
            go.Set();

            var (sent, withdrawn) = (await send, await withdraw);

            var status = (await world.Asks.GetAsync(ask.CustomerId, ask.AskId, Ct))!.Status;
            (sent.Status == SendStatus.Sent).Should().NotBe(withdrawn.Status == WithdrawStatus.Withdrawn, $"run {i}: exactly one wins");
            status.Should().Be(sent.Status == SendStatus.Sent ? AskStatus.Sent : AskStatus.Closed);
            world.Mailer.Attempts.Count.Should().Be(sent.Status == SendStatus.Sent ? 1 : 0);
        }
    }
}
