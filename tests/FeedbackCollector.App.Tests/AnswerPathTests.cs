using FeedbackCollector.Core.Model;

namespace FeedbackCollector.App.Tests;

/// <summary>The one answer path both hosts call: star taps and written replies through FlowApp.</summary>
public sealed class AnswerPathTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_happy_tap_shows_the_first_review_link_and_the_owners_own_thank_you_words()
    {
        using var world = new AppWorld(voice: "Thank you (happy): Lovely, {first_name}! See you soon at {business}.");
        var (_, token, _) = await world.SentAskAsync();

        var page = await world.PostTapAsync(token, 5);

        page.Status.Should().Be(200);
        page.BodyText.Should().Contain("Lovely, Ann! See you soon at Kim&#39;s Salon.").And.Contain("https://g.page/r/kims-salon/review");
        page.Outcome.Should().Be("recorded-happy");
        world.FakeMailer.Sent.Should().ContainSingle("the review nudge follows in the same process").Which.To.Should().Be("ann@example.com");
    }

    [Theory]
    [InlineData("happy customers only", 3, false)]
    [InlineData("everyone", 3, false)]
    [InlineData("happy customers only", 1, false)]
    [InlineData("everyone", 1, true)]
    public async Task The_thank_you_page_shows_a_review_link_exactly_when_the_policy_sends_one(string policy, int stars, bool shown)
    {
        using var world = new AppWorld(AppWorld.Rules.Replace("happy customers only", policy, StringComparison.Ordinal)
            + "\nHappy stars: 4 to 5\nUnhappy stars: 1 to 2\n");
        var (_, token, _) = await world.SentAskAsync();

        var page = await world.PostTapAsync(token, stars);

        page.BodyText.Contains("g.page/r/kims-salon/review", StringComparison.Ordinal).Should().Be(shown);
    }

    [Fact]
    public async Task A_written_reply_is_routed_once_and_the_same_message_delivered_again_only_finishes_its_dispatch()
    {
        using var world = new AppWorld();
        var (ask, _, replyTo) = await world.SentAskAsync();
        world.FakeClassifier.When("Nobody greeted me and the cut is uneven.", Mood.Unhappy, 0.93);
        var key = await world.KeepReplyAsync("2026/03/02/a.eml", replyTo, "Nobody greeted me and the cut is uneven.");

        var first = await world.App.Inbound.AcceptAsync(key, [replyTo], Ct);
        var again = await world.App.Inbound.AcceptAsync(key, [replyTo], Ct);

        (first.Outcome, first.Routed).Should().Be(("accepted", "recorded-unhappy"));
        (again.Outcome, again.Routed).Should().Be(("accepted", "redelivered"));
        var row = await world.Feedback.GetAsync(ask.CustomerId, ask.AskId, Ct);
        (row!.RawKey, row.Reason).Should().Be((key, "text: unhappy 0.93"), "the raw key is a field, not text in the reason");
        world.FakeMailer.SentTo("owner@kims.example").Should().ContainSingle("the owner is pinged once");
    }

    [Fact]
    public async Task A_second_message_to_an_answered_ask_is_kept_and_not_routed()
    {
        using var world = new AppWorld();
        var (_, _, replyTo) = await world.SentAskAsync();
        await world.App.Inbound.AcceptAsync(await world.KeepReplyAsync("a.eml", replyTo, "Great cut"), [replyTo], Ct);

        var second = await world.App.Inbound.AcceptAsync(await world.KeepReplyAsync("b.eml", replyTo, "Actually, one more thing"), [replyTo], Ct);

        second.Routed.Should().Be("already-answered");
    }

    [Theory]
    [InlineData("forged", "signature_failure")]
    [InlineData("foreign-domain", "no-reply-address")]
    [InlineData("auto-reply", "ignored-autoreply")]
    public async Task A_reply_that_is_not_a_genuine_answer_is_kept_and_not_routed(string kind, string outcome)
    {
        using var world = new AppWorld();
        var (ask, _, replyTo) = await world.SentAskAsync();
        var to = kind switch
        {
            "forged" => "r-" + new string('a', replyTo.IndexOf('@', StringComparison.Ordinal) - 2) + "@reply.example.com",
            "foreign-domain" => replyTo.Replace("reply.example.com", "evil.example", StringComparison.Ordinal),
            _ => replyTo,
        };
        var key = await world.KeepReplyAsync("x.eml", to, "The cut was lovely, thank you.", kind == "auto-reply" ? "Auto-Submitted: auto-replied\r\n" : "");

        var result = await world.App.Inbound.AcceptAsync(key, [], Ct);

        result.Outcome.Should().StartWith(outcome[..^3]);
        (await world.Feedback.GetAsync(ask.CustomerId, ask.AskId, Ct)).Should().BeNull();
        (await world.Blobs.GetAsync(Core.Ports.BlobArea.RawMime, key, Ct)).Should().NotBeNull("the raw message is kept");
    }

    [Fact]
    public async Task The_owner_address_in_rules_txt_overrides_the_operators_for_pings_on_every_runtime()
    {
        using var world = new AppWorld(AppWorld.Rules + "\nOwner email: kim@kims.example\n");
        var (_, token, _) = await world.SentAskAsync();

        await world.PostTapAsync(token, 1);

        world.FakeMailer.SentTo("kim@kims.example").Should().ContainSingle();
        world.FakeMailer.SentTo("owner@kims.example").Should().BeEmpty();
    }
}
