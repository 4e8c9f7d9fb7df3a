using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Tokens;

namespace FeedbackCollector.Core.Flow;

/// <summary>Every port the flow uses, for composition roots that have them all (the local runtime).</summary>
public sealed record FlowPorts(
    IAskStore Asks,
    IFeedbackStore Feedback,
    IAuditLog Audit,
    IBlobStore Blobs,
    IMailer Mailer,
    ISmsSender Sms,
    IOwnerNotifier Owner,
    IAskScheduler Scheduler,
    IMoodClassifier Classifier,
    ISummaryWriter Summaries,
    ISuppressionList Suppression);

/// <summary>
/// All use cases wired over one set of ports: the local runtime's one-process flow. Constructors do no
/// I/O, so building it is cheap; a Lambda role that holds only some ports builds just its own classes.
/// </summary>
public sealed class CollectorFlow
{
    public CollectorFlow(FlowPorts ports, CollectorSettings settings, AskTokens tokens, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(ports);
        var p = ports;
        Docs = new OwnerDocs(p.Blobs, time);
        Messages = new AskMessages(settings, tokens);
        Visits = new VisitIntake(p.Asks, p.Scheduler, p.Suppression, p.Audit, Docs, time);
        Sender = new AskSender(p.Asks, p.Feedback, p.Suppression, p.Mailer, p.Sms, p.Audit, Docs, Messages, settings, time);
        Answers = new AnswerIntake(p.Asks, p.Feedback, p.Classifier, Docs, tokens, time);
        Dispatch = new AnswerDispatch(p.Asks, p.Feedback, p.Audit, p.Suppression, p.Mailer, p.Owner, Docs, Messages, time);
        Sweep = new DailySweepJob(p.Asks, p.Feedback, p.Audit, p.Scheduler, Docs, settings, time);
        Monthly = new MonthlySummaryJob(p.Asks, p.Feedback, p.Audit, p.Blobs, p.Summaries, Docs, time);
        OwnerActions = new OwnerActions(p.Feedback, p.Audit, Dispatch, time);
        Unsubscribe = new Unsubscribe(p.Asks, p.Suppression, tokens, time);
        ReviewClick = new ReviewClick(p.Asks, p.Audit, Docs, tokens, time);
        DeliveryFailures = new DeliveryFailures(p.Asks, p.Suppression, p.Audit, tokens, time);
    }

    public OwnerDocs Docs { get; }
    public AskMessages Messages { get; }
    public VisitIntake Visits { get; }
    public AskSender Sender { get; }
    public AnswerIntake Answers { get; }
    public AnswerDispatch Dispatch { get; }
    public DailySweepJob Sweep { get; }
    public MonthlySummaryJob Monthly { get; }
    public OwnerActions OwnerActions { get; }
    public Unsubscribe Unsubscribe { get; }
    public ReviewClick ReviewClick { get; }
    public DeliveryFailures DeliveryFailures { get; }

    /// <summary>A tap recorded and dispatched in one go (the local runtime; AWS splits these across functions).</summary>
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
}
