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
    public FakeSummaryParagraphWriter Paragraphs { get; } = new();
    public FakeSuppressionList Suppression { get; } = new();

    public CollectorSettings Settings { get; }
    public AskTokens Tokens { get; } = new(new SigningKey("k", [.. Enumerable.Range(1, 32).Select(i => (byte)i)]));
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
    public DeliveryFailures DeliveryFailures { get; }

    public FlowWorld(string rules = HappyOnlyRules, bool smsEnabled = false)
    {
        Settings = new CollectorSettings(new Uri("https://fb.example.com/"), "reply.example.com", "hello@kims.example", "Kim's Salon")
        {
            SmsEnabled = smsEnabled,
        };
        // The Core use cases wired by hand over fakes, for unit tests of each; the runtimes' one wiring is FlowApp (App.Tests).
        Docs = new OwnerDocs(Blobs, Time);
        Docs.UpdateRulesAsync(rules).GetAwaiter().GetResult().Accepted.Should().BeTrue("the test's rules.txt must parse");
        Messages = new AskMessages(Settings, Tokens);
        Answers = new AnswerIntake(Asks, Feedback, new FakeAskAnswerReader(Asks, Feedback), Classifier, Docs, Tokens, Time);
        Dispatch = new AnswerDispatch(Asks, Feedback, Audit, Suppression, Mailer, Owner, Docs, Messages, Time);
        Sender = new AskSender(Asks, Feedback, Suppression, Mailer, Sms, Audit, Docs, Messages, Settings, Time);
        Sweep = new DailySweepJob(Asks, Feedback, Audit, Scheduler, Docs, Settings, Time);
        Monthly = new MonthlySummaryJob(Asks, Feedback, Audit, Blobs, Summaries, Paragraphs, Docs, Time);
        OwnerActions = new OwnerActions(Feedback, Audit, Dispatch, Time);
        Unsubscribe = new Unsubscribe(Asks, Suppression, Tokens, Time);
        ReviewClick = new ReviewClick(Asks, Audit, Docs, Tokens, Time);
        DeliveryFailures = new DeliveryFailures(Asks, Suppression, Audit, Tokens, Time);
    }

    /// <summary>A tap recorded and dispatched in one go.</summary>
    public async Task<(AnswerOutcome Answer, DispatchResult? Dispatch)> TapAndDispatchAsync(string token, int stars, string? comment,
        CancellationToken ct = default)
    {
        var answer = await Answers.TapAsync(token, stars, comment, ct);
        if (answer.Status != AnswerStatus.Recorded) return (answer, null);
        return (answer, await Dispatch.RunAsync(answer.Feedback!.CustomerId, answer.Feedback.AskId, ct));
    }

    /// <summary>A written reply recorded and dispatched in one go.</summary>
    public async Task<(AnswerOutcome Answer, DispatchResult? Dispatch)> ReplyAndDispatchAsync(string token, string text, string rawBlobKey,
        CancellationToken ct = default)
    {
        var answer = await Answers.ReplyAsync(token, text, rawBlobKey, ct);
        if (answer.Status != AnswerStatus.Recorded) return (answer, null);
        return (answer, await Dispatch.RunAsync(answer.Feedback!.CustomerId, answer.Feedback.AskId, ct));
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

    public async Task<string> TokenForAsync(Ask ask, TokenPurpose purpose = TokenPurpose.Star) =>
        Tokens.Issue(ask.CustomerId, ask.AskId, AskLifetime.ExpiresAt(ask, (await Docs.LoadAsync()).Rules), purpose);

    public async Task<string> CompactTokenForAsync(Ask ask) =>
        Tokens.IssueCompact(ask.CustomerId, ask.AskId, AskLifetime.ExpiresAt(ask, (await Docs.LoadAsync()).Rules));
}
