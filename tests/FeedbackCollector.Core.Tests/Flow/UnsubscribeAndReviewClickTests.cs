using FeedbackCollector.Core.Tokens;
using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Core.Tests.Flow;

public sealed class UnsubscribeAndReviewClickTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Unsubscribing_suppresses_the_email_and_phone_and_the_next_ask_is_not_sent()
    {
        var world = new FlowWorld();
        var ask = await world.SentAskAsync("o-1");
        var next = FlowWorld.NewAsk("o-2", sendAt: FlowWorld.Start.AddDays(100));
        await world.Asks.TryAddAsync(next, Ct);

        var outcome = await world.Unsubscribe.RunAsync(await world.TokenForAsync(ask, TokenPurpose.Unsubscribe), Ct);
        world.Time.Advance(TimeSpan.FromDays(100));
        var send = await world.Sender.RunAsync(new ScheduledJob(JobNames.SendAsk(next.AskId), JobKind.SendAsk, next.CustomerId, next.AskId, next.SendAt), Ct);

        outcome.Status.Should().Be(UnsubscribeStatus.Unsubscribed);
        (await world.Suppression.IsSuppressedAsync("ann@example.com", Ct)).Should().BeTrue();
        (await world.Suppression.IsSuppressedAsync("6591234567", Ct)).Should().BeTrue();
        send.Status.Should().Be(SendStatus.Suppressed);
        world.Mailer.Attempts.Should().BeEmpty();
    }

    [Fact]
    public async Task An_expired_but_genuine_link_still_unsubscribes()
    {
        var world = new FlowWorld();
        var ask = await world.SentAskAsync();
        world.Time.Advance(TimeSpan.FromDays(200));

        (await world.Unsubscribe.RunAsync(await world.TokenForAsync(ask, TokenPurpose.Unsubscribe), Ct)).Status.Should().Be(UnsubscribeStatus.Unsubscribed);
    }

    [Fact]
    public async Task A_forged_unsubscribe_link_is_refused_and_suppresses_nobody()
    {
        var world = new FlowWorld();

        (await world.Unsubscribe.RunAsync("not-a-token", Ct)).Status.Should().Be(UnsubscribeStatus.InvalidLink);
        world.Suppression.All.Should().BeEmpty();
    }

    [Fact]
    public async Task A_review_click_after_a_nudge_is_counted_and_forwards_to_the_review_page()
    {
        var world = new FlowWorld();
        var ask = await world.SentAskAsync();
        await world.Answers.TapAsync(await world.TokenForAsync(ask), 5, null, Ct);
        await world.Dispatch.RunAsync(ask.CustomerId, ask.AskId, Ct);

        var target = await world.ReviewClick.RunAsync(await world.TokenForAsync(ask, TokenPurpose.Review), Ct);

        target.Should().Be(new Uri(FlowWorld.GoogleReview));
        world.Audit.All.Select(e => e.Move).Should().Equal(Move.ReviewNudge, Move.ReviewClick);
    }

    [Fact]
    public async Task Under_happy_only_an_unhappy_customers_token_does_not_reach_the_review_page()
    {
        var world = new FlowWorld(FlowWorld.HappyOnlyRules);
        var ask = await world.SentAskAsync();
        await world.Answers.TapAsync(await world.TokenForAsync(ask), 1, null, Ct);
        await world.Dispatch.RunAsync(ask.CustomerId, ask.AskId, Ct);

        (await world.ReviewClick.RunAsync(await world.TokenForAsync(ask, TokenPurpose.Review), Ct)).Should().BeNull();
        world.Audit.All.Should().NotContain(e => e.Move == Move.ReviewClick);
    }
}
