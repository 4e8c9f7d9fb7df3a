using System.Text;
using FeedbackCollector.App.Settings;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Tokens;
using FeedbackCollector.Lambda.Roles;
using FeedbackCollector.Parity.Tests.Drivers;
using FeedbackCollector.Parity.Tests.Scenarios;
using FeedbackCollector.Testing.Moto;
using FeedbackCollector.Testing.Owner;
using MimeKit;

namespace FeedbackCollector.Parity.Tests.OnLambda;

/// <summary>
/// Issue 11 on AWS: the sweep-summary role's daily sweep mails the digest through SES (moto), and its /o/ links work
/// through reply-handler's Function URL; Mark resolved from the dispatch role's owner ping moves the month's figure.
/// </summary>
public sealed class OwnerDecisionsOnLambdaTests
{
    private sealed record World(LambdaDriver Lambda, ScenarioRun Run, MotoSlice Moto) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Lambda.DisposeAsync();
    }

    private static async Task<World> StartAsync(HttpClient? slack = null)
    {
        var moto = await MotoSlice.CreateAsync();
        var lambda = await LambdaDriver.StartAsync(moto, ownerHttp: slack);
        return new World(lambda, new ScenarioRun(lambda, new AskTokens(new SigningKey("a", moto.SigningKey)), moto.Owner), moto);
    }

    private static async Task<IReadOnlyList<MimeMessage>> OwnerMailsAsync(World w) =>
        [.. (await w.Lambda.SentMailAsync()).Select(raw => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(raw))))
            .Where(m => m.To.Mailboxes.Any(b => b.Address.Equals(w.Moto.Owner, StringComparison.OrdinalIgnoreCase)))];

    private static async Task<(int Status, string Outcome, string Text)> OwnerLinkAsync(World w, string method, Uri link)
    {
        var (response, body, outcome) = await w.Lambda.FunctionUrlAsync(Role.ReplyHandler, method, link.AbsolutePath,
            new Dictionary<string, string>(), method == "POST" ? "" : null);
        return (response.StatusCode, outcome, Seen.VisibleText(body));
    }

    private static async Task<IReadOnlyList<AuditEntry>> MovesAsync(World w) =>
        await (await w.Lambda.AdaptersAsync(Role.Router)).Audit.ListForAskAsync(w.Run.CustomerId, w.Run.AskId);

    private static async Task<int> NudgesAsync(World w) =>
        (await w.Lambda.SentMailAsync()).Select(raw => Seen.Mail(raw, w.Moto.Owner)).Count(m => m.Kind == "nudge");

    [Fact]
    public async Task The_daily_sweep_mails_the_digest_through_SES_and_its_links_record_only_on_POST_once_through_reply_handler()
    {
        await using var w = await StartAsync();
        await w.Run.AskAsync(everyone: false);
        await w.Run.ReplyAsync(await w.Run.ReplyToAsync(), ParityWorld.UnclearWords);
        w.Lambda.Advance(TimeSpan.FromDays(1));

        await w.Lambda.SweepAsync();

        var digest = (await OwnerMailsAsync(w)).Should().ContainSingle("an unclear answer waits for the owner").Subject;
        digest.TextBody.Should().Contain(ParityWorld.UnclearWords).And.Contain("Dana");
        var happy = OwnerMailLinks.Link(digest.TextBody, OwnerMailLinks.Happy);
        happy.GetLeftPart(UriPartial.Authority).Should().Be(ParityWorld.PublicBaseUrl, "the links open reply-handler's public address");
        var before = (await MovesAsync(w)).Count;

        var shown = await OwnerLinkAsync(w, "GET", happy);
        var afterGet = (await MovesAsync(w)).Count;
        var done = await OwnerLinkAsync(w, "POST", happy);
        var again = await OwnerLinkAsync(w, "POST", happy);
        var other = await OwnerLinkAsync(w, "POST", OwnerMailLinks.Link(digest.TextBody, OwnerMailLinks.Dismiss));
        var forged = await OwnerLinkAsync(w, "POST", new Uri(OwnerMailLinks.Forge(happy.AbsoluteUri)));

        (shown.Status, shown.Outcome).Should().Be((200, "owner-link-shown"));
        shown.Text.Should().Contain("Mark as happy").And.Contain(ParityWorld.UnclearWords);
        afterGet.Should().Be(before, "a GET records nothing");
        (done.Status, done.Outcome).Should().Be((200, "owner-decided"));
        (again.Status, again.Outcome).Should().Be((200, "owner-already-decided"));
        (other.Status, other.Outcome).Should().Be((200, "owner-already-decided"), "a second decision on the same answer is a no-op too");
        (forged.Status, forged.Outcome).Should().Be((404, "owner-link-invalid"));
        forged.Text.Should().Contain("not valid").And.Contain("Nothing was recorded");
        var moves = await MovesAsync(w);
        moves.Should().ContainSingle(e => e.Move == Move.MarkedHappy).Which.ByUser.Should().Be("owner");
        moves.Should().NotContain(e => e.Move == Move.Dismissed);
        (await NudgesAsync(w)).Should().Be(1, "marked happy sends the review nudge through router and dispatch, once");
    }

    [Fact]
    public async Task An_expired_digest_link_is_refused_on_lambda_with_a_page_that_says_so()
    {
        await using var w = await StartAsync();
        await w.Run.AskAsync(everyone: false);
        await w.Run.ReplyAsync(await w.Run.ReplyToAsync(), ParityWorld.UnclearWords);
        w.Lambda.Advance(TimeSpan.FromDays(1));
        await w.Lambda.SweepAsync();
        var unhappy = OwnerMailLinks.Link((await OwnerMailsAsync(w)).Single().TextBody, OwnerMailLinks.Unhappy);
        w.Lambda.Advance(TimeSpan.FromDays(15));

        var expired = await OwnerLinkAsync(w, "POST", unhappy);

        (expired.Status, expired.Outcome).Should().Be((410, "owner-link-expired"));
        expired.Text.Should().Contain("expired").And.Contain("Nothing was recorded");
        (await MovesAsync(w)).Should().NotContain(e => e.Move == Move.MarkedUnhappy || e.Move == Move.OwnerPing);
    }

    [Fact]
    public async Task Mark_resolved_from_the_dispatch_roles_email_ping_moves_complaints_resolved_in_the_monthly_summary()
    {
        await using var w = await StartAsync();
        await w.Run.AskAsync(everyone: false);
        await w.Run.TapAsync(await w.Run.StarTokenAsync(), 1);
        var ping = (await OwnerMailsAsync(w)).Should().ContainSingle("the unhappy tap pings the owner by email").Subject;
        var resolve = OwnerMailLinks.Link(ping.TextBody, OwnerMailLinks.Resolved);

        var shown = await OwnerLinkAsync(w, "GET", resolve);
        var done = await OwnerLinkAsync(w, "POST", resolve);
        var again = await OwnerLinkAsync(w, "POST", resolve);
        w.Lambda.Advance(new DateTimeOffset(2026, 12, 7, 1, 0, 0, TimeSpan.Zero) - w.Lambda.Now);
        await w.Lambda.SummarizeAsync();

        shown.Outcome.Should().Be("owner-link-shown");
        (done.Outcome, again.Outcome).Should().Be(("owner-decided", "owner-already-decided"));
        (await MovesAsync(w)).Should().ContainSingle(e => e.Move == Move.Resolved).Which.ByUser.Should().Be("owner");
        var summary = (await OwnerMailsAsync(w)).Should().ContainSingle(m => (m.Subject ?? "").Contains("your feedback for", StringComparison.OrdinalIgnoreCase)).Subject;
        // The figures table's row: label, then this month's count.
        summary.TextBody.Should().MatchRegex(@"Complaints resolved before going public\s+1\b");
    }

    [Fact]
    public async Task With_the_owners_Slack_id_and_bot_token_the_sweep_sends_the_digest_by_Slack_and_a_decision_from_it_is_by_that_id()
    {
        var slack = new FakeSlackApi();
        using var http = new HttpClient(slack, disposeHandler: false);
        await using var w = await StartAsync(http);
        var token = await w.Moto.EnsureSecretAsync("fc/slack/bot-token", "xoxb-parity");
        await w.Lambda.ConfigureAsync(SettingNames.SlackOwnerUserId, "U0OWNER9");
        await w.Run.AskAsync(everyone: false);
        await w.Run.ReplyAsync(await w.Run.ReplyToAsync(), ParityWorld.UnclearWords);
        w.Lambda.Advance(TimeSpan.FromDays(1));

        await w.Lambda.SweepAsync();

        var dm = slack.Posts.Should().ContainSingle("the digest goes to the owner's Slack DM").Subject;
        (dm.Channel, dm.Token).Should().Be(("U0OWNER9", token));
        dm.Text.Should().Contain("Dana");
        (await OwnerMailsAsync(w)).Should().BeEmpty("Slack reached the owner, so no digest email");
        var dismiss = FakeSlackApi.Links(dm.Text).Single(l => l.Label == OwnerMailLinks.Dismiss).Url;
        dismiss.GetLeftPart(UriPartial.Authority).Should().Be(ParityWorld.PublicBaseUrl);

        var done = await OwnerLinkAsync(w, "POST", dismiss);

        done.Outcome.Should().Be("owner-decided");
        (await MovesAsync(w)).Should().ContainSingle(e => e.Move == Move.Dismissed).Which.ByUser.Should().Be("U0OWNER9");
    }
}
