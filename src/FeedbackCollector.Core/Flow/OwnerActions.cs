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
public sealed class OwnerActions(IFeedbackStore feedback, IAuditLog audit, AnswerDispatch dispatch, TimeProvider time)
{
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

    private async Task<OwnerActionResult> SettleAsync(string customerId, string askId, string byUser, Move move, Bucket? bucket,
        CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(byUser);
        var answer = await feedback.GetAsync(customerId, askId, ct);
        if (answer is null) return new OwnerActionResult(OwnerActionStatus.NotFound, null, "no answer for this ask");
        var entries = await audit.ListForAskAsync(customerId, askId, ct);
        var earlier = entries.FirstOrDefault(e => Sweeps.Sweep.HandledMoves.Contains(e.Move));
        if (earlier is not null)
        {
            return new OwnerActionResult(OwnerActionStatus.AlreadyHandled, null, $"already {earlier.Move} by {earlier.ByUser}");
        }
        await Append(answer, bucket ?? answer.Bucket, move, byUser, null, ct);
        var moves = bucket is { } b ? await dispatch.RunAsync(answer, b, byUser, ct) : null;
        return new OwnerActionResult(OwnerActionStatus.Done, moves);
    }

    private Task Append(Feedback answer, Bucket bucket, Move move, string byUser, string? detail, CancellationToken ct) =>
        audit.AppendAsync(new AuditEntry(answer.CustomerId, time.GetUtcNow(), answer.AskId, bucket, move, "page", byUser, detail), ct);
}
