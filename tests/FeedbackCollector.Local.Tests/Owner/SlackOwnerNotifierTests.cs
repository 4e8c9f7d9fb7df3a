using System.Text.Json;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Mail.Owner;
using FeedbackCollector.Local.Tests.TestSupport;

namespace FeedbackCollector.Local.Tests.Owner;

public sealed class SlackOwnerNotifierTests : IDisposable
{
    private readonly FakeSlackServer _slack = new();
    private readonly HttpClient _http = new();

    private static readonly OwnerPing Ping = new("c1", "a1", "Unhappy: Ann (haircut)",
        "Rude staff <!channel> & a 40 min wait. <https://evil.example|click>",
        [new Uri("tel:+6591234567"), new Uri("mailto:ann@example.com"), new Uri("https://g.page/r/review-link")]);

    [Fact]
    public async Task A_ping_is_posted_to_chat_post_message_as_a_dm_to_the_owner_with_the_bot_token()
    {
        var notifier = Notifier();

        var result = await notifier.NotifyAsync(Ping);

        result.Should().Be(SendResult.Ok("slack"));
        var (path, auth, body) = _slack.Requests.Should().ContainSingle().Subject;
        path.Should().Be("/api/chat.postMessage");
        auth.Should().Be("Bearer xoxb-test");
        using var json = JsonDocument.Parse(body);
        json.RootElement.GetProperty("channel").GetString().Should().Be("U0OWNER");
    }

    [Fact]
    public async Task Customer_text_is_escaped_so_it_cannot_mention_everyone_or_form_links()
    {
        await Notifier().NotifyAsync(Ping);

        var text = PostedText();
        text.Should().Contain("Rude staff &lt;!channel&gt; &amp; a 40 min wait. &lt;https://evil.example|click&gt;");
        text.Should().NotContain("<!channel>");
    }

    [Fact]
    public async Task Contact_links_are_one_tap_and_the_review_link_is_never_included()
    {
        await Notifier().NotifyAsync(Ping);

        var text = PostedText();
        text.Should().Contain("<tel:+6591234567|+6591234567>").And.Contain("<mailto:ann@example.com|ann@example.com>");
        text.Should().NotContain("g.page").And.NotContain("review");
    }

    [Theory]
    [InlineData("ratelimited", true)]
    [InlineData("internal_error", true)]
    [InlineData("invalid_auth", false)]
    [InlineData("channel_not_found", false)]
    public async Task A_slack_error_is_transient_only_when_a_retry_can_help(string error, bool transient)
    {
        _slack.Body = $$"""{"ok":false,"error":"{{error}}"}""";

        var result = await Notifier().NotifyAsync(Ping);

        result.Sent.Should().BeFalse();
        result.Transient.Should().Be(transient);
        result.Error.Should().Contain(error);
    }

    [Fact]
    public async Task Http_429_is_transient()
    {
        _slack.Status = 429;
        _slack.Body = "";

        var result = await Notifier().NotifyAsync(Ping);

        result.Should().BeEquivalentTo(new { Sent = false, Transient = true });
    }

    [Fact]
    public async Task An_unreachable_slack_is_transient()
    {
        var notifier = new SlackOwnerNotifier(_http, new SlackOptions("xoxb-test", "U0OWNER")
        {
            ApiBase = new Uri($"http://127.0.0.1:{FreePort.Next()}/api/"),
        });

        var result = await notifier.NotifyAsync(Ping);

        result.Should().BeEquivalentTo(new { Sent = false, Transient = true });
    }

    [Fact]
    public void The_options_never_print_the_token() =>
        new SlackOptions("xoxb-secret", "U1").ToString().Should().NotContain("xoxb-secret");

    private SlackOwnerNotifier Notifier() =>
        new(_http, new SlackOptions("xoxb-test", "U0OWNER") { ApiBase = _slack.ApiBase });

    private string PostedText()
    {
        using var json = JsonDocument.Parse(_slack.Requests.Single().Body);
        return json.RootElement.GetProperty("text").GetString()!;
    }

    public void Dispose()
    {
        _http.Dispose();
        _slack.Dispose();
    }
}
