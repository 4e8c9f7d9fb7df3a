using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Routing;

namespace FeedbackCollector.Core.Flow;

/// <summary>
/// Carries out the Dispatcher's plan for one answer: review nudge to the customer, private ping to the
/// owner (with the customer's words, never the review link), or hold for the sweep. Every move done is
/// an audit entry, and a move already in the audit log for this ask is skipped, so calling again after
/// a transient failure (or twice) does not send twice.
/// </summary>
public sealed class AnswerDispatch(
    IAskStore asks, IFeedbackStore feedback, IAuditLog audit, ISuppressionList suppression,
    IMailer mailer, IOwnerNotifier owner, OwnerDocs docs, AskMessages messages, TimeProvider time, OwnerLinks? ownerLinks = null,
    ISmsSender? sms = null)
{
    /// <summary>
    /// Dispatches the stored answer of an ask by the bucket it was routed to, or by the owner's mark when a person
    /// settled it (an owner decision recorded on one function and dispatched by another, as on AWS).
    /// </summary>
    public async Task<DispatchResult> RunAsync(string customerId, string askId, CancellationToken ct = default)
    {
        var answer = await feedback.GetAsync(customerId, askId, ct);
        if (answer is null) return new DispatchResult(null, [], false, "no answer is recorded for this ask");
        var mark = (await audit.ListForAskAsync(customerId, askId, ct)).FirstOrDefault(e => e.Move is Move.MarkedHappy or Move.MarkedUnhappy or Move.Dismissed);
        return mark switch
        {
            null => await RunAsync(answer, answer.Bucket, CollectorSettings.SystemUser, ct),
            { Move: Move.Dismissed } => new DispatchResult(null, [], false, "dismissed by " + mark.ByUser),
            _ => await RunAsync(answer, mark.Move == Move.MarkedHappy ? Bucket.Happy : Bucket.Unhappy, mark.ByUser, ct),
        };
    }

    /// <summary>Dispatches an answer under a bucket a person chose (an unclear answer marked happy or unhappy).</summary>
    public async Task<DispatchResult> RunAsync(Feedback answer, Bucket bucket, string byUser, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var ask = await asks.GetAsync(answer.CustomerId, answer.AskId, ct);
        if (ask is null) return new DispatchResult(null, [], false, "the ask of this answer is missing");
        var current = await docs.LoadAsync(ct);
        var plan = Dispatcher.Plan(bucket, current.Rules);
        var done = (await audit.ListForAskAsync(ask.CustomerId, ask.AskId, ct)).Select(e => e.Move).ToHashSet();
        var results = new List<MoveResult>();
        var retry = false;
        foreach (var move in plan.Moves)
        {
            if (done.Contains(move.Move))
            {
                results.Add(new MoveResult(move.Move, MoveStatus.AlreadyDone, null));
                continue;
            }
            var (result, transient) = await DoAsync(move, ask, answer, bucket, current, ct);
            results.Add(result);
            retry |= transient;
            // A transient failure leaves no entry, so the next call tries again; anything else is final.
            if (!transient) await AppendAsync(ask, bucket, result, byUser, ct);
        }
        return new DispatchResult(plan, results, retry, plan.Reason);
    }

    private async Task<(MoveResult, bool Transient)> DoAsync(PlannedMove move, Ask ask, Feedback answer, Bucket bucket,
        OwnerDocSet current, CancellationToken ct)
    {
        switch (move)
        {
            case PingOwner:
                return Outcome(move.Move, await owner.NotifyAsync(OwnerPings.For(ask, answer, current) with { Decisions = ResolveLink(ask) }, ct), null);
            case NudgeForReview:
                if (ask.Customer.Email is not { } email) return await NudgeBySmsAsync(move, ask, bucket, current, ct);
                if (await suppression.IsSuppressedAsync(email, ct)) return (Failed(move.Move, "not sent: address is suppressed"), false);
                return Outcome(move.Move, await mailer.SendAsync(messages.ReviewNudgeEmail(ask, bucket, current), ct), "email");
            default:
                return (new MoveResult(move.Move, MoveStatus.Done, null, "held for the daily sweep"), false);
        }
    }

    // A customer asked by SMS (no email) gets the nudge by SMS, unless they replied STOP.
    private async Task<(MoveResult, bool Transient)> NudgeBySmsAsync(PlannedMove move, Ask ask, Bucket bucket, OwnerDocSet current, CancellationToken ct)
    {
        if (sms is null || string.IsNullOrWhiteSpace(ask.Customer.Phone)) return (Failed(move.Move, "no email address for the review nudge"), false);
        if (await suppression.IsSuppressedAsync(ask.Customer.Phone, ct)) return (Failed(move.Move, "not sent: number is suppressed"), false);
        return Outcome(move.Move, await sms.SendAsync(ask.Customer.Phone, messages.ReviewNudgeSms(ask, bucket, current), ct), "sms");
    }

    /// <summary>The ping's signed "Mark resolved": the owner settles the complaint from the ping itself.</summary>
    private DecisionLink[] ResolveLink(Ask ask) =>
        ownerLinks is null ? [] : [ownerLinks.Decision(ask.CustomerId, ask.AskId, Tokens.OwnerTokenAction.Resolve, time.GetUtcNow())];

    private static (MoveResult, bool) Outcome(Move move, SendResult sent, string? via) =>
        sent.Sent
            ? (new MoveResult(move, MoveStatus.Done, via ?? sent.ProviderId), false)
            : (Failed(move, (sent.Transient ? "failed, will retry: " : "failed permanently: ") + sent.Error) with { Undelivered = !sent.Transient },
                sent.Transient);

    private static MoveResult Failed(Move move, string detail) => new(move, MoveStatus.Failed, null, detail);

    private Task AppendAsync(Ask ask, Bucket bucket, MoveResult result, string byUser, CancellationToken ct) =>
        audit.AppendAsync(new AuditEntry(ask.CustomerId, time.GetUtcNow(), ask.AskId, bucket, result.Move,
            result.Status == MoveStatus.Done ? result.SentVia : null, byUser, result.Detail), ct);
}
