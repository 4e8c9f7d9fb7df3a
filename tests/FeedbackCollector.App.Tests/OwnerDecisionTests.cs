using System.Text;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Testing.Owner;
using FeedbackCollector.Web.Http;

namespace FeedbackCollector.App.Tests;

/// <summary>The owner's side through FlowApp, as both hosts run it: the daily digest, its one-tap links, and Mark resolved from the ping.</summary>
public sealed class OwnerDecisionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_digest_carries_links_whose_GET_records_nothing_whose_POST_records_once_and_a_forged_one_is_refused()
    {
        using var world = new AppWorld();
        var (ask, _, _) = await world.SentAskAsync();
        await world.Feedback.TryAddAsync(new Feedback(ask.CustomerId, ask.AskId, AppWorld.Start.AddHours(1), Channel.Email,
            "<b>Well</b> it was a haircut", Bucket.Unclear, "text: unclear 0.41"), Ct);
        world.Clock.Advance(TimeSpan.FromDays(1));

        await world.App.SweepAsync(Ct);
        await world.App.SweepAsync(Ct);

        var digest = world.FakeMailer.SentTo("owner@kims.example").Should().ContainSingle("one digest a local day").Subject;
        digest.HtmlBody.Should().Contain("&lt;b&gt;Well&lt;/b&gt;").And.Contain("Ann (haircut), Mon 2 Mar, 10:00", "local time in Singapore");
        var happy = Link(digest.TextBody, "Happy");
        var movesBefore = (await world.Audit.ListForAskAsync(ask.CustomerId, ask.AskId, Ct)).Count;

        var shown = await SendAsync(world, "GET", happy);
        shown.Status.Should().Be(200);
        shown.BodyText.Should().Contain("Mark as happy").And.Contain("Ann").And.Contain("&lt;b&gt;Well&lt;/b&gt;");
        (await world.Audit.ListForAskAsync(ask.CustomerId, ask.AskId, Ct)).Should().HaveCount(movesBefore, "a GET records nothing");

        var done = await SendAsync(world, "POST", happy);
        var again = await SendAsync(world, "POST", Link(digest.TextBody, "Dismiss"));
        var forged = await SendAsync(world, "POST", happy[..^3] + (happy.EndsWith("AAA", StringComparison.Ordinal) ? "BBB" : "AAA"));
        var star = await SendAsync(world, "GET", "/o/" + world.Tokens.Issue(ask.CustomerId, ask.AskId, AppWorld.Start.AddDays(30)));

        (done.Status, done.Outcome).Should().Be((200, "owner-decided"));
        (again.Status, again.Outcome).Should().Be((200, "owner-already-decided"));
        again.BodyText.Should().Contain("already marked happy");
        (forged.Status, forged.Outcome).Should().Be((404, "owner-link-invalid"));
        forged.BodyText.Should().Contain("not valid");
        star.Outcome.Should().Be("owner-link-invalid", "a customer's star token is no owner token");
        var marks = (await world.Audit.ListForAskAsync(ask.CustomerId, ask.AskId, Ct)).Where(e => e.Move == Move.MarkedHappy).ToList();
        marks.Should().ContainSingle().Which.ByUser.Should().Be("owner");
        world.FakeMailer.SentTo("ann@example.com").Should().ContainSingle("marked happy sends the review nudge");
    }

    [Fact]
    public async Task An_owner_link_past_its_two_weeks_shows_a_page_that_says_so_and_records_nothing()
    {
        using var world = new AppWorld();
        var (ask, _, _) = await world.SentAskAsync();
        await world.Feedback.TryAddAsync(new Feedback(ask.CustomerId, ask.AskId, AppWorld.Start.AddHours(1), Channel.Email, "hm", Bucket.Unclear, "x"), Ct);
        await world.App.SweepAsync(Ct);
        var link = Link(world.FakeMailer.SentTo("owner@kims.example").Single().TextBody, "Unhappy");
        world.Clock.Advance(TimeSpan.FromDays(15));

        var page = await SendAsync(world, "POST", link);

        (page.Status, page.Outcome).Should().Be((410, "owner-link-expired"));
        page.BodyText.Should().Contain("expired");
        (await world.Audit.ListForAskAsync(ask.CustomerId, ask.AskId, Ct)).Should().NotContain(e => e.Move == Move.MarkedUnhappy);
    }

    [Fact]
    public async Task Mark_resolved_from_the_owner_ping_moves_the_months_complaints_resolved()
    {
        using var world = new AppWorld();
        var (ask, token, _) = await world.SentAskAsync();
        await world.PostTapAsync(token, 1);
        var ping = world.FakeMailer.SentTo("owner@kims.example").Should().ContainSingle().Subject;
        var resolve = Link(ping.TextBody, "Mark resolved");
        ping.HtmlBody.Should().Contain("Mark resolved</a>");

        world.Clock.Advance(TimeSpan.FromDays(2));
        await world.App.SweepAsync(Ct);
        var digest = world.FakeMailer.SentTo("owner@kims.example")[^1];
        digest.TextBody.Should().Contain("Open complaint: Ann (haircut)").And.Contain("Mark resolved: https://fb.example.com/o/");
        var cross = await SendAsync(world, "POST", resolve, ("Sec-Fetch-Site", "cross-site"));
        var done = await SendAsync(world, "POST", resolve);
        var again = await SendAsync(world, "POST", resolve);
        world.Clock.Advance(TimeSpan.FromDays(30));
        var summary = await world.App.SummarizeMonthAsync(2026, 3, Ct);

        cross.Status.Should().Be(403);
        (done.Outcome, again.Outcome).Should().Be(("owner-decided", "owner-already-decided"));
        (await world.Audit.ListForAskAsync(ask.CustomerId, ask.AskId, Ct)).Should().ContainSingle(e => e.Move == Move.Resolved);
        summary.Figures!.ComplaintsResolved.Should().Be(1);
    }

    [Fact]
    public async Task With_Slack_set_the_digest_is_a_Slack_DM_with_escaped_words_and_owner_links_only_and_a_decision_from_it_is_by_the_Slack_id()
    {
        var slack = new FakeSlackApi();
        using var world = new AppWorld(slack: ("xoxb-test-token", AppWorld.SlackOwner, slack));
        var (ask, _, _) = await world.SentAskAsync();
        await world.Feedback.TryAddAsync(new Feedback(ask.CustomerId, ask.AskId, AppWorld.Start.AddHours(1), Channel.Email,
            "<https://evil.example|click> & so-so", Bucket.Unclear, "text: unclear 0.41"), Ct);
        world.Clock.Advance(TimeSpan.FromDays(1));

        await world.App.SweepAsync(Ct);
        await world.App.SweepAsync(Ct);

        var dm = slack.Posts.Should().ContainSingle("one digest a local day, by Slack").Subject;
        (dm.Method, dm.Channel, dm.Token).Should().Be(("/api/chat.postMessage", AppWorld.SlackOwner, "xoxb-test-token"));
        dm.Text.Should().Contain("&lt;https://evil.example|click&gt; &amp; so-so", "the customer's words cannot become a Slack link")
            .And.Contain("Ann (haircut), Mon 2 Mar, 10:00");
        var links = FakeSlackApi.Links(dm.Text);
        links.Select(l => l.Label).Should().BeEquivalentTo(["Happy", "Unhappy", "Dismiss"]);
        links.Should().OnlyContain(l => l.Url.AbsolutePath.StartsWith("/o/", StringComparison.Ordinal), "only owner-decision pages ride in a DM");
        world.FakeMailer.SentTo("owner@kims.example").Should().BeEmpty("Slack reached the owner");

        var done = await SendAsync(world, "POST", links.Single(l => l.Label == "Unhappy").Url.AbsolutePath);

        done.Outcome.Should().Be("owner-decided");
        (await world.Audit.ListForAskAsync(ask.CustomerId, ask.AskId, Ct)).Should()
            .ContainSingle(e => e.Move == Move.MarkedUnhappy).Which.ByUser.Should().Be(AppWorld.SlackOwner);
    }

    private static string Link(string text, string label) => OwnerMailLinks.Link(text, label).AbsolutePath;

    private static Task<WebResponse> SendAsync(AppWorld world, string method, string path, params (string, string)[] headers) =>
        world.Web().Handle(new WebRequest(method, path, new Dictionary<string, string>(),
            headers.ToDictionary(h => h.Item1, h => h.Item2), Encoding.UTF8.GetBytes(""), "203.0.113.9"), Ct);
}
