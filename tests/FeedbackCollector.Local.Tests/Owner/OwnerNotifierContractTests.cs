using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using FeedbackCollector.Local.Mail;
using FeedbackCollector.Local.Tests.TestSupport;
using FeedbackCollector.Mail.Owner;
using FeedbackCollector.Testing.Contracts;
using FeedbackCollector.Testing.Fakes;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace FeedbackCollector.Local.Tests.Owner;

/// <summary>
/// Email pings pass the owner-notifier contract through the outbox, read back as the owner's mail client
/// would show the HTML part; a mail path that is down is played by the fake mailer.
/// </summary>
public sealed partial class EmailOwnerNotifierContractTests : OwnerNotifierContract, IDisposable
{
    private const string Owner = "owner@kopi.example";
    private readonly TempFolder _folder = new();

    protected override Task<OwnerNotifierUnderTest> CreateNotifierAsync(OwnerChannel channel)
    {
        if (channel is OwnerChannel.Unavailable or OwnerChannel.RateLimited)
        {
            var down = new FakeMailer();
            down.Script.FailAlways(transient: true, "relay 451: try again later");
            return Task.FromResult(new OwnerNotifierUnderTest(new EmailOwnerNotifier(down, Owner, "hello@kopi.example"), Owner,
                () => Task.FromResult<IReadOnlyList<DeliveredPing>>([])));
        }
        var outbox = new OutboxMailer(_folder.Path, new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero)));
        var to = channel == OwnerChannel.RecipientUnknown ? "owner at kopi dot example <<>" : Owner;
        return Task.FromResult(new OwnerNotifierUnderTest(new EmailOwnerNotifier(outbox, to, "Kopi & Co <hello@kopi.example>"), Owner,
            async () => [.. await Task.WhenAll(outbox.List().Select(name => ReadAsync(outbox.PathOf(name)!)))]));
    }

    private static async Task<DeliveredPing> ReadAsync(string path)
    {
        var message = await MimeMessage.LoadAsync(path, TestContext.Current.CancellationToken);
        var html = message.HtmlBody ?? "";
        var shown = message.Subject + "\n" + WebUtility.HtmlDecode(Tag().Replace(html, ""));
        var links = Href().Matches(html).Select(m => new Uri(WebUtility.HtmlDecode(m.Groups[1].Value))).ToList();
        return new DeliveredPing(message.To.Mailboxes.Single().Address, shown, [.. Tag().Matches(html).Select(m => m.Value)], links);
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex Href();

    public void Dispose() => _folder.Dispose();
}

/// <summary>
/// Slack pings pass the same contract against a fake slack.com/api; the DM is read back as Slack renders
/// mrkdwn: &lt;url|label&gt; is a link, &amp;lt; &amp;gt; &amp;amp; are the escaped characters.
/// </summary>
public sealed partial class SlackOwnerNotifierContractTests : OwnerNotifierContract, IDisposable
{
    private const string OwnerUser = "U0OWNER";
    private readonly FakeSlackServer _slack = new();
    private readonly HttpClient _http = new();

    protected override Task<OwnerNotifierUnderTest> CreateNotifierAsync(OwnerChannel channel)
    {
        (_slack.Status, _slack.Body) = channel switch
        {
            OwnerChannel.RecipientUnknown => (200, """{"ok":false,"error":"channel_not_found"}"""),
            OwnerChannel.Unavailable => (503, "upstream connect error"),
            OwnerChannel.RateLimited => (429, """{"ok":false,"error":"ratelimited"}"""),
            _ => (200, """{"ok":true,"channel":"D1","ts":"1.2"}"""),
        };
        var notifier = new SlackOwnerNotifier(_http, new SlackOptions("xoxb-test", OwnerUser) { ApiBase = _slack.ApiBase });
        return Task.FromResult(new OwnerNotifierUnderTest(notifier, OwnerUser, () => Task.FromResult<IReadOnlyList<DeliveredPing>>(
            channel == OwnerChannel.Reachable ? [.. _slack.Requests.Select(r => Read(r.Body))] : [])));
    }

    private static DeliveredPing Read(string body)
    {
        using var json = JsonDocument.Parse(body);
        var channel = json.RootElement.GetProperty("channel").GetString()!;
        var text = json.RootElement.GetProperty("text").GetString()!;
        var markup = Control().Matches(text).Select(m => m.Value).ToList();
        var links = markup.Select(m => m[1..^1].Split('|')[0]).Where(u => Uri.IsWellFormedUriString(u, UriKind.Absolute)).Select(u => new Uri(u)).ToList();
        var shown = Control().Replace(text, m => m.Value[1..^1].Split('|') is [_, var label] ? label : m.Value)
            .Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal);
        return new DeliveredPing(channel, shown, markup, links);
    }

    /// <summary>What Slack acts on in mrkdwn: &lt;…&gt; sequences (links, mentions, &lt;!channel&gt;).</summary>
    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Control();

    public void Dispose()
    {
        _http.Dispose();
        _slack.Dispose();
    }
}
