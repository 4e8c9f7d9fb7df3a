using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Core.Tests.Flow;

public sealed class DeliveryFailuresTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly DeliveryFailure Hard = new(DeliveryFailureKind.HardBounce, "5.1.1 failed");

    [Fact]
    public async Task A_hard_bounce_to_an_asks_reply_address_suppresses_the_customers_email_and_the_follow_up_is_not_sent()
    {
        var world = new FlowWorld();
        var ask = await world.SentAskAsync();

        var outcome = await world.DeliveryFailures.HandleAsync(await world.CompactTokenForAsync(ask), Hard, Ct);
        world.Time.Advance(TimeSpan.FromDays(4));
        var followUp = await world.Sender.RunAsync(new ScheduledJob(JobNames.FollowUp(ask.AskId), JobKind.FollowUp, ask.CustomerId, ask.AskId,
            world.Time.GetUtcNow()), Ct);

        outcome.Should().Be(new DeliveryFailureOutcome(DeliveryFailureStatus.Suppressed, ask.CustomerId, ask.AskId));
        (await world.Suppression.IsSuppressedAsync("ann@example.com", Ct)).Should().BeTrue();
        (await world.Suppression.IsSuppressedAsync("6591234567", Ct)).Should().BeFalse("a bounced email says nothing about the phone");
        followUp.Status.Should().Be(SendStatus.Suppressed);
        world.Audit.All.Should().ContainSingle(e => e.Move == Move.Closed && e.Detail == "email suppressed: bounce (5.1.1 failed)");
    }

    [Fact]
    public async Task A_complaint_suppresses_with_its_own_reason()
    {
        var world = new FlowWorld();
        var ask = await world.SentAskAsync();

        await world.DeliveryFailures.HandleAsync(await world.CompactTokenForAsync(ask), new DeliveryFailure(DeliveryFailureKind.Complaint, "feedback-type abuse"), Ct);

        world.Suppression.All.Should().ContainSingle(s => s.Key == "ann@example.com" && s.Reason == "complaint");
    }

    [Fact]
    public async Task A_soft_bounce_changes_nothing()
    {
        var world = new FlowWorld();
        var ask = await world.SentAskAsync();

        var outcome = await world.DeliveryFailures.HandleAsync(await world.CompactTokenForAsync(ask),
            new DeliveryFailure(DeliveryFailureKind.SoftBounce, "4.2.2 delayed"), Ct);

        outcome.Status.Should().Be(DeliveryFailureStatus.NotPermanent);
        (await world.Suppression.IsSuppressedAsync("ann@example.com", Ct)).Should().BeFalse();
    }

    [Fact]
    public async Task A_forged_token_suppresses_nobody()
    {
        var world = new FlowWorld();
        var ask = await world.SentAskAsync();
        var token = await world.CompactTokenForAsync(ask);
        var forged = token[..^1] + (token[^1] == 'a' ? 'b' : 'a');

        (await world.DeliveryFailures.HandleAsync(forged, Hard, Ct)).Status.Should().Be(DeliveryFailureStatus.InvalidToken);
        (await world.Suppression.IsSuppressedAsync("ann@example.com", Ct)).Should().BeFalse();
    }

    [Fact]
    public async Task A_complaint_long_after_the_links_expired_still_suppresses()
    {
        var world = new FlowWorld();
        var ask = await world.SentAskAsync();
        var token = await world.CompactTokenForAsync(ask);
        world.Time.Advance(TimeSpan.FromDays(400));

        (await world.DeliveryFailures.HandleAsync(token, new DeliveryFailure(DeliveryFailureKind.Complaint, "abuse"), Ct))
            .Status.Should().Be(DeliveryFailureStatus.Suppressed);
    }

    [Fact]
    public async Task A_second_report_for_the_same_customer_is_recorded_once()
    {
        var world = new FlowWorld();
        var ask = await world.SentAskAsync();
        var token = await world.CompactTokenForAsync(ask);

        await world.DeliveryFailures.HandleAsync(token, Hard, Ct);
        (await world.DeliveryFailures.HandleAsync(token, Hard, Ct)).Status.Should().Be(DeliveryFailureStatus.AlreadySuppressed);

        world.Audit.All.Where(e => e.Move == Move.Closed).Should().ContainSingle();
    }
}
