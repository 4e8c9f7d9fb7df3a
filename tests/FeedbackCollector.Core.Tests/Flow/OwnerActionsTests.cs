using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Model;

namespace FeedbackCollector.Core.Tests.Flow;

public sealed class OwnerActionsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<Ask> UnclearAsync(FlowWorld world)
    {
        var ask = await world.SentAskAsync();
        await world.Answers.TapAsync(await world.TokenForAsync(ask), 3, "it was fine I suppose", Ct);
        await world.Dispatch.RunAsync(ask.CustomerId, ask.AskId, Ct);
        return ask;
    }

    [Fact]
    public async Task Owner_decide_turning_a_happy_answer_unhappy_is_fixed_only_unclear_answers_not_yet_decided_are_acted_on()
    {
        var world = new FlowWorld();
        var ask = await world.SentAskAsync();
        await world.Answers.TapAsync(await world.TokenForAsync(ask), 5, null, Ct);
        await world.Dispatch.RunAsync(ask.CustomerId, ask.AskId, Ct);
        var mailsBefore = world.Mailer.Sent.Count;
        var movesBefore = world.Audit.All.Count;

        var unhappy = await world.OwnerActions.MarkUnhappyAsync(ask.CustomerId, ask.AskId, "owner", Ct);
        var dismiss = await world.OwnerActions.DismissAsync(ask.CustomerId, ask.AskId, "owner", Ct);
        var happy = await world.OwnerActions.MarkHappyAsync(ask.CustomerId, ask.AskId, "owner", Ct);

        new[] { unhappy, dismiss, happy }.Should().AllSatisfy(r => r.Status.Should().Be(OwnerActionStatus.AlreadyHandled));
        unhappy.Detail.Should().Be("the answer is happy, not unclear");
        world.Mailer.Sent.Should().HaveCount(mailsBefore, "no owner ping and no second nudge");
        world.Audit.All.Should().HaveCount(movesBefore);
    }

    [Fact]
    public async Task Marking_an_unclear_answer_happy_records_who_did_it_and_sends_the_review_nudge()
    {
        var world = new FlowWorld();
        var ask = await UnclearAsync(world);

        var result = await world.OwnerActions.MarkHappyAsync(ask.CustomerId, ask.AskId, "kim@kims.example", Ct);

        result.Status.Should().Be(OwnerActionStatus.Done);
        world.Mailer.Sent.Should().ContainSingle().Which.TextBody.Should().Contain("/r/");
        world.Audit.All.Select(e => (e.Move, e.ByUser)).Should().Equal(
            (Move.Held, "system"), (Move.MarkedHappy, "kim@kims.example"), (Move.ReviewNudge, "kim@kims.example"));
    }

    [Fact]
    public async Task Marking_an_unclear_answer_unhappy_under_happy_only_pings_the_owner_and_sends_no_link()
    {
        var world = new FlowWorld();
        var ask = await UnclearAsync(world);

        await world.OwnerActions.MarkUnhappyAsync(ask.CustomerId, ask.AskId, "kim", Ct);

        world.Mailer.Sent.Should().BeEmpty();
        world.Owner.Pings.Should().ContainSingle().Which.Text.Should().Contain("it was fine I suppose");
    }

    [Fact]
    public async Task An_answer_is_settled_once_and_a_second_click_says_who_settled_it()
    {
        var world = new FlowWorld();
        var ask = await UnclearAsync(world);

        await world.OwnerActions.DismissAsync(ask.CustomerId, ask.AskId, "sam", Ct);
        var second = await world.OwnerActions.MarkHappyAsync(ask.CustomerId, ask.AskId, "kim", Ct);

        second.Status.Should().Be(OwnerActionStatus.AlreadyHandled);
        second.Detail.Should().Contain("sam");
        world.Mailer.Sent.Should().BeEmpty();
    }

    [Fact]
    public async Task A_complaint_is_resolved_once_with_who_resolved_it()
    {
        var world = new FlowWorld();
        var ask = await world.SentAskAsync();
        await world.Answers.TapAsync(await world.TokenForAsync(ask), 1, null, Ct);

        var first = await world.OwnerActions.ResolveAsync(ask.CustomerId, ask.AskId, "kim", "refunded", Ct);
        var second = await world.OwnerActions.ResolveAsync(ask.CustomerId, ask.AskId, "kim", null, Ct);

        first.Status.Should().Be(OwnerActionStatus.Done);
        second.Status.Should().Be(OwnerActionStatus.AlreadyHandled);
        world.Audit.All.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Move = Move.Resolved, ByUser = "kim", Detail = "refunded" });
    }

    [Fact]
    public async Task Acting_on_an_ask_with_no_answer_is_not_found()
    {
        var world = new FlowWorld();
        var ask = await world.SentAskAsync();

        (await world.OwnerActions.MarkHappyAsync(ask.CustomerId, ask.AskId, "kim", Ct)).Status.Should().Be(OwnerActionStatus.NotFound);
        world.Audit.All.Should().BeEmpty();
    }
}
