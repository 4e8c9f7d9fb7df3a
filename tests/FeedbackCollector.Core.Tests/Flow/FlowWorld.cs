using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Sweeps;
using FeedbackCollector.Core.Tokens;
using FeedbackCollector.Testing.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace FeedbackCollector.Core.Tests.Flow;

/// <summary>Every fake, the clock and every use case wired together, as a composition root would.</summary>
internal sealed class FlowWorld
{
    /// <summary>Monday 2 March 2026, 09:00 in Singapore.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    public const string GoogleReview = "https://g.page/r/kims-salon/review";

    public const string HappyOnlyRules = """
        Business: Kim's Salon
        Timezone: Asia/Singapore
        Quiet hours: 9pm to 9am
        Follow up after: 3 days of silence
        Links expire after: 30 days
        Review link: Google https://g.page/r/kims-salon/review
        Review link goes to: happy customers only
        """;

    public static readonly string EveryoneRules = HappyOnlyRules.Replace("happy customers only", "everyone", StringComparison.Ordinal);

    public FakeTimeProvider Time { get; } = new(Start);
    public FakeAskStore Asks { get; } = new();
    public FakeFeedbackStore Feedback { get; } = new();
    public FakeAuditLog Audit { get; } = new();
    public FakeBlobStore Blobs { get; } = new();
    public FakeMailer Mailer { get; } = new();
    public FakeSmsSender Sms { get; } = new();
    public FakeOwnerNotifier Owner { get; } = new();
    public FakeAskScheduler Scheduler { get; } = new();
    public FakeMoodClassifier Classifier { get; } = new();
    public FakeSummaryWriter Summaries { get; } = new();
    public FakeSuppressionList Suppression { get; } = new();

    public CollectorSettings Settings { get; }
    public AskTokens Tokens { get; } = new(new SigningKey("k", [.. Enumerable.Range(1, 32).Select(i => (byte)i)]));
    public CollectorFlow Flow { get; }
    public OwnerDocs Docs { get; }
    public AskMessages Messages { get; }
    public AnswerIntake Answers { get; }
    public AnswerDispatch Dispatch { get; }
    public AskSender Sender { get; }
    public DailySweepJob Sweep { get; }
    public MonthlySummaryJob Monthly { get; }
    public OwnerActions OwnerActions { get; }
    public Unsubscribe Unsubscribe { get; }
    public ReviewClick ReviewClick { get; }
    public DeliveryFailures DeliveryFailures => Flow.DeliveryFailures;

    public FlowWorld(string rules = HappyOnlyRules, bool smsEnabled = false)
    {
        Settings = new CollectorSettings(new Uri("https://fb.example.com/"), "reply.example.com", "hello@kims.example", "Kim's Salon")
        {
            SmsEnabled = smsEnabled,
        };
        Flow = new CollectorFlow(new FlowPorts(Asks, Feedback, Audit, Blobs, Mailer, Sms, Owner, Scheduler, Classifier, Summaries, Suppression),
            Settings, Tokens, Time);
        Docs = Flow.Docs;
        Docs.UpdateRulesAsync(rules).GetAwaiter().GetResult().Accepted.Should().BeTrue("the test's rules.txt must parse");
        Messages = Flow.Messages;
        Answers = Flow.Answers;
        Dispatch = Flow.Dispatch;
        Sender = Flow.Sender;
        Sweep = Flow.Sweep;
        Monthly = Flow.Monthly;
        OwnerActions = Flow.OwnerActions;
        Unsubscribe = Flow.Unsubscribe;
        ReviewClick = Flow.ReviewClick;
    }

    public static Customer Ann { get; } = new(AskId.ForCustomer("ann@example.com", null), "Ann", "ann@example.com", "+65 9123 4567");

    public static Ask NewAsk(string sourceId = "order-1", Customer? customer = null, AskStatus status = AskStatus.Pending,
        DateTimeOffset? sendAt = null)
    {
        var who = customer ?? Ann;
        var at = sendAt ?? Start;
        return new Ask(who.CustomerId, AskId.ForVisit("shopify", sourceId), who, "haircut", at.AddHours(-2), at, status,
            status is AskStatus.Pending ? null : at);
    }

    /// <summary>An ask already sent at <see cref="Start"/>.</summary>
    public async Task<Ask> SentAskAsync(string sourceId = "order-1", Customer? customer = null)
    {
        var ask = NewAsk(sourceId, customer, AskStatus.Sent);
        await Asks.TryAddAsync(ask);
        return ask;
    }

    public async Task<string> TokenForAsync(Ask ask) =>
        Tokens.Issue(ask.CustomerId, ask.AskId, AskLifetime.ExpiresAt(ask, (await Docs.LoadAsync()).Rules));

    public async Task<string> CompactTokenForAsync(Ask ask) =>
        Tokens.IssueCompact(ask.CustomerId, ask.AskId, AskLifetime.ExpiresAt(ask, (await Docs.LoadAsync()).Rules));
}
