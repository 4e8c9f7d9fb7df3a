using System.Text;
using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Tokens;
using FeedbackCollector.Testing.Fakes;
using FeedbackCollector.Testing.Owner;
using FeedbackCollector.Web;
using FeedbackCollector.Web.Http;
using FeedbackCollector.Web.Webhooks;
using Microsoft.Extensions.Time.Testing;

namespace FeedbackCollector.App.Tests;

/// <summary>FlowApp over every fake, in one process: the composition both hosts use, with nothing but fakes under it.</summary>
internal sealed class AppWorld : IFlowAdapters, IDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    public const string Rules = """
        Business: Kim's Salon
        Timezone: Asia/Singapore
        Links expire after: 30 days
        Review link: Google https://g.page/r/kims-salon/review
        Review link goes to: happy customers only
        """;

    private readonly HttpClient _http;

    /// <param name="slack">The owner's Slack (bot token, member id) and how Slack answers; null: no Slack.</param>
    public AppWorld(string rules = Rules, string? voice = null, string? operatorOwnerEmail = "owner@kims.example",
        (string Token, string UserId, HttpMessageHandler Api)? slack = null)
    {
        _http = slack is { } s ? new HttpClient(s.Api) : new HttpClient();
        Owner = new OwnerChannel(operatorOwnerEmail, slack?.UserId, slack?.Token, _http);
        App = new FlowApp(this);
        App.Docs.UpdateRulesAsync(rules).GetAwaiter().GetResult().Accepted.Should().BeTrue();
        if (voice is not null) App.Docs.UpdateVoiceAsync(voice).GetAwaiter().GetResult().Accepted.Should().BeTrue();
    }

    public FlowApp App { get; }
    public FakeTimeProvider Clock { get; } = new(Start);
    public TimeProvider Time => Clock;
    public CollectorSettings Settings { get; init; } = new(new Uri("https://fb.example.com/"), "reply.example.com", "hello@kims.example", "");
    public AskTokens Tokens { get; } = SigningSecrets.Parse("a-test-signing-secret-of-enough-length");
    public FakeAskStore FakeAsks { get; } = new();
    public FakeFeedbackStore FakeFeedback { get; } = new();
    public FakeAuditLog FakeAudit { get; } = new();
    public FakeBlobStore FakeBlobs { get; } = new();
    public FakeMailer FakeMailer { get; } = new();
    public FakeMoodClassifier FakeClassifier { get; } = new();
    public IAskStore Asks => FakeAsks;
    public IFeedbackStore Feedback => FakeFeedback;
    public IAskAnswerReader AskAnswers => new FakeAskAnswerReader(FakeAsks, FakeFeedback);
    public IAuditLog Audit => FakeAudit;
    public ISuppressionList Suppression => FakeSuppression;
    public IBlobStore Blobs => FakeBlobs;
    public IAskScheduler Scheduler { get; } = new FakeAskScheduler();
    public IMailer Mailer => FakeMailer;
    public FakeSmsSender FakeSms { get; } = new();
    public ISmsSender Sms => FakeSms;
    public FakeSuppressionList FakeSuppression { get; } = new();
    public IMoodClassifier Classifier => FakeClassifier;
    public FakeSummaryParagraphWriter FakeParagraphs { get; } = new();
    public ISummaryParagraphWriter SummaryParagraphs => FakeParagraphs;
    public OwnerChannel Owner { get; }
    public FakeCustomerListAppender FakeList { get; } = new();
    public ICustomerListAppender? CustomerList => FakeList;

    public const string SlackOwner = "U0OWNER1";

    public static Customer Ann { get; } = new(AskId.ForCustomer("ann@example.com", null), "Ann", "ann@example.com", null);

    public WebApp Web() => App.Web(new WebAppOptions(null, new Dictionary<string, WebhookSchemeOptions>()));

    /// <summary>An ask sent at <see cref="Start"/>, and its star-link token and reply-to address.</summary>
    public async Task<(Ask Ask, string Token, string ReplyTo)> SentAskAsync(string sourceId = "order-1")
    {
        var ask = new Ask(Ann.CustomerId, AskId.ForVisit("shopify", sourceId), Ann, "haircut", Start.AddHours(-2), Start, AskStatus.Sent, Start);
        await FakeAsks.TryAddAsync(ask);
        var expires = Start.AddDays(30);
        return (ask, Tokens.Issue(ask.CustomerId, ask.AskId, expires), ReplyAddress.Format(Tokens.IssueCompact(ask.CustomerId, ask.AskId, expires), "reply.example.com"));
    }

    public Task<WebResponse> PostTapAsync(string token, int stars) =>
        Web().Handle(new WebRequest("POST", $"/t/{token}", new Dictionary<string, string>(),
            new Dictionary<string, string> { ["Content-Type"] = "application/x-www-form-urlencoded" }, Encoding.UTF8.GetBytes($"stars={stars}"), "203.0.113.9"));

    /// <summary>Keeps a reply as the SMTP listener or SES would (raw first), under the given key.</summary>
    public async Task<string> KeepReplyAsync(string key, string to, string body, string extraHeaders = "")
    {
        var mime = $"From: Ann <ann@example.com>\r\nTo: {to}\r\nSubject: Re: How was your haircut?\r\n{extraHeaders}Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n";
        await FakeBlobs.PutAsync(BlobArea.RawMime, key, Encoding.UTF8.GetBytes(mime), "message/rfc822");
        return key;
    }

    public void Dispose() => _http.Dispose();
}
