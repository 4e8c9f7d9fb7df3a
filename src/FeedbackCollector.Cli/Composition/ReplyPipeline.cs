using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Mail.Inbound;

namespace FeedbackCollector.Cli.Composition;

/// <summary>
/// What the reply listener hands over: the raw MIME (already stored) and the envelope recipient.
/// Parse → a delivery report or complaint goes to DeliveryFailures (a hard bounce or complaint suppresses the
/// customer) → other auto-replies counted and ignored → token from the recipient's local part → AnswerIntake →
/// AnswerDispatch. A forged or expired token is kept (the raw MIME stays stored), counted and not routed.
/// A dispatch that must be retried throws, so the listener answers 451 and the sender delivers again.
/// </summary>
internal sealed class ReplyPipeline(
    IBlobStore blobs, AnswerIntake answers, AnswerDispatch dispatch, DeliveryFailures failures, ReplyCounters counters, Action<string> log)
{
    public const string LocalPartPrefix = "r-";

    public async Task HandleAsync(string blobKey, string recipient, CancellationToken ct)
    {
        var raw = await blobs.GetAsync(BlobArea.RawMime, blobKey, ct)
            ?? throw new InvalidOperationException($"raw reply {blobKey} was not found right after it was stored");
        var reply = InboundReply.Parse(raw);
        if (!reply.Ok)
        {
            counters.Add(c => c with { Unreadable = c.Unreadable + 1 });
            log($"reply {blobKey}: unreadable ({string.Join("; ", reply.Problems)}); kept, not routed");
            return;
        }
        if (reply.DeliveryFailure is { } failure)
        {
            var outcome = await failures.HandleAsync(TokenOf(recipient), failure, ct);
            if (outcome.Status == DeliveryFailureStatus.Suppressed) counters.Add(c => c with { BouncesSuppressed = c.BouncesSuppressed + 1 });
            log($"reply {blobKey}: {failure.Kind} ({failure.Detail}); {outcome.Status}");
            return;
        }
        if (reply.AutoReply.IsAutomatic)
        {
            counters.Add(c => c with { AutoRepliesIgnored = c.AutoRepliesIgnored + 1 });
            log($"reply {blobKey}: {reply.AutoReply.Kind} ({reply.AutoReply.Reason}); ignored");
            return;
        }
        await RouteAsync(blobKey, TokenOf(recipient), reply.NewText, ct);
    }

    private async Task RouteAsync(string blobKey, string token, string text, CancellationToken ct)
    {
        var outcome = await answers.ReplyAsync(token, text, blobKey, ct);
        switch (outcome.Status)
        {
            case AnswerStatus.Recorded:
                counters.Add(c => c with { Routed = c.Routed + 1 });
                log($"reply {blobKey}: recorded as {outcome.Feedback!.Bucket}");
                await DispatchAsync(outcome, ct);
                break;
            case AnswerStatus.AlreadyAnswered when outcome.Feedback?.Reason.Contains(blobKey, StringComparison.Ordinal) == true:
                // The same message delivered again after a 451: finish its dispatch (moves already done are skipped).
                await DispatchAsync(outcome, ct);
                break;
            case AnswerStatus.AlreadyAnswered:
                counters.Add(c => c with { AlreadyAnswered = c.AlreadyAnswered + 1 });
                log($"reply {blobKey}: the ask was already answered; kept, nothing sent");
                break;
            default:
                counters.Add(c => c with { ForgedTokens = c.ForgedTokens + 1 });
                log($"reply {blobKey}: token {outcome.Status} ({outcome.Detail}); kept, not routed");
                break;
        }
    }

    private async Task DispatchAsync(AnswerOutcome outcome, CancellationToken ct)
    {
        var result = await dispatch.RunAsync(outcome.Feedback!.CustomerId, outcome.Feedback.AskId, ct);
        if (result.Retry) throw new InvalidOperationException("dispatch must be retried: " + result.Detail);
    }

    /// <summary>"r-{compact token}@reply.domain" → the compact token (case is kept: the verifier decides).</summary>
    public static string TokenOf(string recipient)
    {
        var at = recipient.LastIndexOf('@');
        var local = at < 0 ? recipient : recipient[..at];
        return local.StartsWith(LocalPartPrefix, StringComparison.OrdinalIgnoreCase) ? local[LocalPartPrefix.Length..] : local;
    }
}
