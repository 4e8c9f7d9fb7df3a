using FeedbackCollector.Core.Tokens;
using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Model;

namespace FeedbackCollector.Core.Tests.Flow;

public sealed class AnswerDispatchTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<Ask> AnsweredAsync(FlowWorld world, int stars, string? comment = null)
    {
        var ask = await world.SentAskAsync();
        await world.Answers.TapAsync(await world.TokenForAsync(ask), stars, comment, Ct);
        return ask;
    }

    [Fact]
    public async Task A_happy_answer_gets_a_review_nudge_through_the_counting_link_and_an_audit_entry()
    {
        var world = new FlowWorld();
        var ask = await AnsweredAsync(world, 5);

        var result = await world.Dispatch.RunAsync(ask.CustomerId, ask.AskId, Ct);

        result.Moves.Should().Equal(new MoveResult(Move.ReviewNudge, MoveStatus.Done, "email"));
        var nudge = world.Mailer.Sent.Should().ContainSingle().Subject;
        nudge.To.Should().Be("ann@example.com");
        nudge.TextBody.Should().Contain($"https://fb.example.com/r/{await world.TokenForAsync(ask, TokenPurpose.Review)}");
        world.Owner.Pings.Should().BeEmpty();
        world.Audit.All.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new { Move = Move.ReviewNudge, SentVia = "email", ByUser = "system", Bucket = Bucket.Happy });
    }

    [Fact]
    public async Task An_unhappy_answer_under_happy_only_reaches_only_the_owner_with_the_words_and_contact_links()
    {
        var world = new FlowWorld(FlowWorld.HappyOnlyRules);
        var ask = await AnsweredAsync(world, 1, "The colour came out orange.");

        await world.Dispatch.RunAsync(ask.CustomerId, ask.AskId, Ct);

        world.Mailer.Sent.Should().BeEmpty("an unhappy customer never gets the review link under happy-only");
        var ping = world.Owner.Pings.Should().ContainSingle().Subject;
        ping.Text.Should().Contain("The colour came out orange.").And.NotContain(FlowWorld.GoogleReview).And.NotContain("/r/");
        ping.ContactLinks.Select(u => u.Scheme).Should().Equal("tel", "sms", "mailto");
        world.Audit.All.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Move = Move.OwnerPing, SentVia = "slack" });
    }

    [Fact]
    public async Task An_unhappy_answer_under_everyone_also_gets_the_review_link_but_the_words_go_only_to_the_owner()
    {
        var world = new FlowWorld(FlowWorld.EveryoneRules);
        var ask = await AnsweredAsync(world, 2, "Waited forty minutes.");

        await world.Dispatch.RunAsync(ask.CustomerId, ask.AskId, Ct);

        world.Owner.Pings.Should().ContainSingle().Which.Text.Should().Contain("Waited forty minutes.");
        var nudge = world.Mailer.Sent.Should().ContainSingle().Subject;
        nudge.TextBody.Should().Contain("/r/").And.NotContain("Waited forty minutes.").And.NotContain("glad you enjoyed");
        nudge.HtmlBody.Should().NotContain("Waited forty minutes.");
        world.Audit.All.Select(e => e.Move).Should().BeEquivalentTo([Move.OwnerPing, Move.ReviewNudge]);
    }

    [Fact]
    public async Task An_unclear_answer_is_held_for_the_sweep_and_nobody_is_messaged()
    {
        var world = new FlowWorld();
        var ask = await AnsweredAsync(world, 3);

        var result = await world.Dispatch.RunAsync(ask.CustomerId, ask.AskId, Ct);

        result.Plan!.Holds.Should().BeTrue();
        world.Mailer.Sent.Should().BeEmpty();
        world.Owner.Pings.Should().BeEmpty();
        world.Audit.All.Should().ContainSingle().Which.Move.Should().Be(Move.Held);
    }

    [Fact]
    public async Task Dispatching_the_same_answer_twice_sends_nothing_twice()
    {
        var world = new FlowWorld(FlowWorld.EveryoneRules);
        var ask = await AnsweredAsync(world, 1);

        await world.Dispatch.RunAsync(ask.CustomerId, ask.AskId, Ct);
        var again = await world.Dispatch.RunAsync(ask.CustomerId, ask.AskId, Ct);

        again.Moves.Should().OnlyContain(m => m.Status == MoveStatus.AlreadyDone);
        world.Mailer.Sent.Should().ContainSingle();
        world.Owner.Pings.Should().ContainSingle();
        world.Audit.All.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_transient_owner_ping_failure_asks_for_a_retry_and_the_retry_pings_once()
    {
        var world = new FlowWorld();
        var ask = await AnsweredAsync(world, 1);
        world.Owner.Script.FailNext(1, transient: true, "slack 503");

        var first = await world.Dispatch.RunAsync(ask.CustomerId, ask.AskId, Ct);
        var second = await world.Dispatch.RunAsync(ask.CustomerId, ask.AskId, Ct);

        first.Retry.Should().BeTrue();
        first.Moves.Should().ContainSingle().Which.Detail.Should().Contain("slack 503");
        second.Retry.Should().BeFalse();
        world.Owner.Pings.Should().ContainSingle();
        world.Audit.All.Should().ContainSingle().Which.Move.Should().Be(Move.OwnerPing);
    }

    [Fact]
    public async Task A_permanent_failure_is_recorded_and_not_retried()
    {
        var world = new FlowWorld();
        var ask = await AnsweredAsync(world, 5);
        world.Mailer.Script.FailNext(1, transient: false, "550 mailbox gone");

        var result = await world.Dispatch.RunAsync(ask.CustomerId, ask.AskId, Ct);

        result.Retry.Should().BeFalse();
        world.Audit.All.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new { Move = Move.ReviewNudge, SentVia = (string?)null, Detail = "failed permanently: 550 mailbox gone" });
    }

    [Fact]
    public async Task A_customer_who_unsubscribed_gets_no_review_nudge()
    {
        var world = new FlowWorld();
        var ask = await AnsweredAsync(world, 5);
        await world.Suppression.AddAsync("ANN@example.com", "unsubscribe", FlowWorld.Start, Ct);

        await world.Dispatch.RunAsync(ask.CustomerId, ask.AskId, Ct);

        world.Mailer.Sent.Should().BeEmpty();
        world.Audit.All.Should().ContainSingle().Which.Detail.Should().Contain("suppressed");
    }

    [Fact]
    public async Task Dispatching_an_ask_with_no_answer_does_nothing_and_says_so()
    {
        var world = new FlowWorld();
        var ask = await world.SentAskAsync();

        var result = await world.Dispatch.RunAsync(ask.CustomerId, ask.AskId, Ct);

        result.Plan.Should().BeNull();
        result.Detail.Should().Contain("no answer");
        world.Audit.All.Should().BeEmpty();
    }
}
