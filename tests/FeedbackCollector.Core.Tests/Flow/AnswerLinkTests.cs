using FeedbackCollector.Core.Tokens;
using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Model;

namespace FeedbackCollector.Core.Tests.Flow;

public sealed class AnswerLinkTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Opening_a_star_link_records_nothing_and_says_whether_it_is_open()
    {
        var world = new FlowWorld();
        var ask = await world.SentAskAsync();
        var token = await world.TokenForAsync(ask);

        var before = await world.Answers.CheckLinkAsync(token, Ct);
        await world.Answers.TapAsync(token, 4, null, Ct);
        var after = await world.Answers.CheckLinkAsync(token, Ct);

        before.Should().BeEquivalentTo(new { Status = LinkStatus.Valid, BusinessName = "Kim's Salon" });
        before.Ask!.AskId.Should().Be(ask.AskId);
        after.Status.Should().Be(LinkStatus.AlreadyAnswered);
        world.Feedback.All.Should().ContainSingle();
    }

    [Fact]
    public async Task Opening_a_forged_or_expired_link_says_which()
    {
        var world = new FlowWorld();
        var ask = await world.SentAskAsync();
        var token = await world.TokenForAsync(ask);

        (await world.Answers.CheckLinkAsync("garbage", Ct)).Status.Should().Be(LinkStatus.Invalid);
        world.Time.Advance(TimeSpan.FromDays(40));
        (await world.Answers.CheckLinkAsync(token, Ct)).Status.Should().Be(LinkStatus.Expired);
    }

    [Fact]
    public async Task The_thank_you_page_may_show_the_review_link_exactly_when_the_policy_sends_it()
    {
        var happyOnly = new FlowWorld(FlowWorld.HappyOnlyRules);
        var everyone = new FlowWorld(FlowWorld.EveryoneRules);
        var a = await happyOnly.SentAskAsync("h-1");
        var b = await happyOnly.SentAskAsync("h-2", FlowWorld.Ann with { CustomerId = AskId.ForCustomer("b@example.com", null), Email = "b@example.com" });
        var c = await everyone.SentAskAsync("e-1");

        var happy = await happyOnly.Answers.TapAsync(await happyOnly.TokenForAsync(a), 5, null, Ct);
        var unhappy = await happyOnly.Answers.TapAsync(await happyOnly.TokenForAsync(b), 1, null, Ct);
        var unhappyEveryone = await everyone.Answers.TapAsync(await everyone.TokenForAsync(c), 1, null, Ct);

        happy.PageReviewLinks.Should().ContainSingle().Which.Url.Should().Be(new Uri(FlowWorld.GoogleReview));
        unhappy.PageReviewLinks.Should().BeEmpty();
        unhappyEveryone.PageReviewLinks.Should().ContainSingle();
        happy.BusinessName.Should().Be("Kim's Salon");
    }

    [Fact]
    public async Task The_router_step_of_a_split_runtime_records_a_reply_by_ids_and_the_first_answer_still_wins()
    {
        var world = new FlowWorld();
        world.Classifier.Enqueue(Mood.Happy, 0.95);
        var ask = await world.SentAskAsync();

        var first = await world.Answers.RecordReplyAsync(ask.CustomerId, ask.AskId, "Brilliant, thank you", "inbox/1.eml", Ct);
        var second = await world.Answers.RecordReplyAsync(ask.CustomerId, ask.AskId, "Terrible actually", "inbox/2.eml", Ct);
        var ghost = await world.Answers.RecordReplyAsync(ask.CustomerId, "a-none", "hi", "inbox/3.eml", Ct);

        first.Feedback!.Bucket.Should().Be(Bucket.Happy);
        second.Status.Should().Be(AnswerStatus.AlreadyAnswered);
        ghost.Status.Should().Be(AnswerStatus.InvalidLink);
        world.Classifier.Calls.Should().ContainSingle();
    }

    [Fact]
    public async Task The_unsubscribe_page_shows_a_masked_address_and_a_second_click_says_already_unsubscribed()
    {
        var world = new FlowWorld();
        var ask = await world.SentAskAsync();
        var token = await world.TokenForAsync(ask, TokenPurpose.Unsubscribe);

        var check = await world.Unsubscribe.CheckAsync(token, Ct);
        var first = await world.Unsubscribe.RunAsync(token, Ct);
        var second = await world.Unsubscribe.RunAsync(token, Ct);

        check.Should().Be(new UnsubscribeLink(true, "a***@example.com"));
        first.Status.Should().Be(UnsubscribeStatus.Unsubscribed);
        second.Status.Should().Be(UnsubscribeStatus.AlreadyUnsubscribed);
        Unsubscribe.Mask("+65 9123 4567").Should().Be("***4567");
    }
}
