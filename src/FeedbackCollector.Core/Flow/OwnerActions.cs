using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Core.Flow;

public enum OwnerActionStatus { Done, AlreadyHandled, NotFound }

/// <param name="Dispatch">The moves that followed a mark (a review nudge after "happy"), or null.</param>
public sealed record OwnerActionResult(OwnerActionStatus Status, DispatchResult? Dispatch = null, string? Detail = null);

/// <summary>
/// What a person does on the owner page: settle an unclear answer (happy, unhappy, dismiss) and mark a
/// complaint resolved. Each is an audit entry naming who did it; an unclear answer is settled once.
/// </summary>
/// <remarks>Dispatch is made on first use: recording a mark needs none, so a host that hands the moves on (reply-handler) never builds it.</remarks>
public sealed class OwnerActions(IFeedbackStore feedback, IAuditLog audit, Lazy<AnswerDispatch> dispatch, TimeProvider time)
{
    public OwnerActions(IFeedbackStore feedback, IAuditLog audit, AnswerDispatch dispatch, TimeProvider time)
        : this(feedback, audit, new Lazy<AnswerDispatch>(dispatch), time)
    {
    }

    /// <summary>Treat the answer as happy: it gets the review nudge, as a happy tap would.</summary>
    public Task<OwnerActionResult> MarkHappyAsync(string customerId, string askId, string byUser, CancellationToken ct = default) =>
        SettleAsync(customerId, askId, byUser, Move.MarkedHappy, Bucket.Happy, ct);

    /// <summary>Treat the answer as unhappy: the owner ping with contact links (and the nudge under "everyone").</summary>
    public Task<OwnerActionResult> MarkUnhappyAsync(string customerId, string askId, string byUser, CancellationToken ct = default) =>
        SettleAsync(customerId, askId, byUser, Move.MarkedUnhappy, Bucket.Unhappy, ct);

    /// <summary>Nothing to do about it (spam, an out-of-office that slipped through): off the unclear list.</summary>
    public Task<OwnerActionResult> DismissAsync(string customerId, string askId, string byUser, CancellationToken ct = default) =>
        SettleAsync(customerId, askId, byUser, Move.Dismissed, null, ct);

    /// <summary>The owner sorted out an unhappy customer's complaint; counted in the monthly summary.</summary>
    public async Task<OwnerActionResult> ResolveAsync(string customerId, string askId, string byUser, string? note = null,
        CancellationToken ct = default)
    {
        var answer = await feedback.GetAsync(customerId, askId, ct);
        if (answer is null) return new OwnerActionResult(OwnerActionStatus.NotFound, null, "no answer for this ask");
        var entries = await audit.ListForAskAsync(customerId, askId, ct);
        if (entries.Any(e => e.Move == Move.Resolved)) return new OwnerActionResult(OwnerActionStatus.AlreadyHandled);
        await Append(answer, answer.Bucket, Move.Resolved, byUser, note, ct);
        return new OwnerActionResult(OwnerActionStatus.Done);
    }

    /// <summary>
    /// Records the person's mark (MarkedHappy, MarkedUnhappy or Dismissed) without making its moves: the caller hands
    /// the ask to dispatch, which follows the mark. An answer is settled once.
    /// </summary>
    public async Task<OwnerActionResult> RecordMarkAsync(string customerId, string askId, string byUser, Move move, CancellationToken ct = default)
    {
        if (!Sweeps.Sweep.HandledMoves.Contains(move)) throw new ArgumentOutOfRangeException(nameof(move), "not a mark a person makes");
        var (result, _) = await MarkAsync(customerId, askId, byUser, move, BucketOf(move), ct);
        return result;
    }

    private async Task<OwnerActionResult> SettleAsync(string customerId, string askId, string byUser, Move move, Bucket? bucket,
        CancellationToken ct)
    {
        var (result, answer) = await MarkAsync(customerId, askId, byUser, move, bucket, ct);
        if (result.Status != OwnerActionStatus.Done || bucket is not { } b) return result;
        return new OwnerActionResult(OwnerActionStatus.Done, await dispatch.Value.RunAsync(answer!, b, byUser, ct));
    }

    private async Task<(OwnerActionResult, Feedback?)> MarkAsync(string customerId, string askId, string byUser, Move move, Bucket? bucket,
        CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(byUser);
        var answer = await feedback.GetAsync(customerId, askId, ct);
        if (answer is null) return (new OwnerActionResult(OwnerActionStatus.NotFound, null, "no answer for this ask"), null);
        // Only an unclear answer is the owner's to settle: a happy one was already nudged, an unhappy one already pinged.
        if (answer.Bucket != Bucket.Unclear)
            return (new OwnerActionResult(OwnerActionStatus.AlreadyHandled, null, $"the answer is {answer.Bucket.ToString().ToLowerInvariant()}, not unclear"), answer);
        var entries = await audit.ListForAskAsync(customerId, askId, ct);
        var earlier = entries.FirstOrDefault(e => Sweeps.Sweep.HandledMoves.Contains(e.Move));
        if (earlier is not null)
        {
            return (new OwnerActionResult(OwnerActionStatus.AlreadyHandled, null, $"already {earlier.Move} by {earlier.ByUser}"), answer);
        }
        await Append(answer, bucket ?? answer.Bucket, move, byUser, null, ct);
        return (new OwnerActionResult(OwnerActionStatus.Done), answer);
    }

    private static Bucket? BucketOf(Move move) => move switch
    {
        Move.MarkedHappy => Bucket.Happy,
        Move.MarkedUnhappy => Bucket.Unhappy,
        _ => null,
    };

    private Task Append(Feedback answer, Bucket bucket, Move move, string byUser, string? detail, CancellationToken ct) =>
        audit.AppendAsync(new AuditEntry(answer.CustomerId, time.GetUtcNow(), answer.AskId, bucket, move, "page", byUser, detail), ct);
}
