using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Core.Flow;

public enum WithdrawStatus { Withdrawn, TooLate, AlreadyClosed, NoAsk }

/// <summary>What became of a withdrawal.</summary>
public sealed record WithdrawOutcome(WithdrawStatus Status, string AskId, string? CustomerId, string? Detail = null);

/// <summary>
/// A refund, void or cancellation withdraws the pending ask of its visit: Pending→Closed by a conditional
/// transition, the one-off schedule deleted, the reason kept on the ask and in the audit (Move.Withdrawn).
/// The sender claims the same ask Pending→Sent, so when the two race exactly one transition succeeds: never
/// both, never by timing. An ask already sent is left alone and the late withdrawal is audited.
/// </summary>
public sealed class Withdraw(IAskStore asks, IAskScheduler scheduler, IAuditLog audit, TimeProvider time)
{
    private static readonly AskStatus[] Findable = [AskStatus.Pending, AskStatus.Sent, AskStatus.Answered];

    public async Task<WithdrawOutcome> RunAsync(Withdrawal withdrawal, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(withdrawal);
        var ask = await FindAsync(withdrawal, ct);
        if (ask is null) return new WithdrawOutcome(WithdrawStatus.NoAsk, withdrawal.AskId, withdrawal.CustomerId, "no ask for this visit");
        var reason = "withdrawn: " + withdrawal.Reason;
        if (ask.Status == AskStatus.Pending
            && await asks.TryTransitionAsync(ask.CustomerId, ask.AskId, AskStatus.Pending, AskStatus.Closed, new AskChange(), ct))
        {
            return await FinishAsync(ask, reason, ct);
        }
        var now = await asks.GetAsync(ask.CustomerId, ask.AskId, ct) ?? ask;
        if (now.Status == AskStatus.Closed) return await ClosedAlreadyAsync(now, reason, ct);
        var late = $"withdrawal came too late ({withdrawal.Reason}): the ask was already {now.Status.ToString().ToLowerInvariant()}";
        await AuditAsync(now, Move.WithdrawalTooLate, late, ct);
        return new WithdrawOutcome(WithdrawStatus.TooLate, now.AskId, now.CustomerId, late);
    }

    // Runs only for the caller whose Pending→Closed claim succeeded. The schedule is deleted after the claim:
    // a crash in between leaves a schedule that fires on a Closed ask, which the sender skips.
    private async Task<WithdrawOutcome> FinishAsync(Ask ask, string reason, CancellationToken ct)
    {
        await asks.RecordErrorAsync(ask.CustomerId, ask.AskId, reason, ct);
        await scheduler.CancelAsync(ask.ScheduleName ?? JobNames.SendAsk(ask.AskId), ct);
        await AuditAsync(ask, Move.Withdrawn, reason, ct);
        return new WithdrawOutcome(WithdrawStatus.Withdrawn, ask.AskId, ask.CustomerId, reason);
    }

    // A retried withdrawal whose first run died after the claim finishes the job; any other closed ask stays as it is.
    private async Task<WithdrawOutcome> ClosedAlreadyAsync(Ask ask, string reason, CancellationToken ct)
    {
        var moves = await audit.ListForAskAsync(ask.CustomerId, ask.AskId, ct);
        if (ask.LastError?.StartsWith("withdrawn:", StringComparison.Ordinal) == true && !moves.Any(m => m.Move == Move.Withdrawn))
        {
            return await FinishAsync(ask, ask.LastError, ct);
        }
        return new WithdrawOutcome(WithdrawStatus.AlreadyClosed, ask.AskId, ask.CustomerId, ask.LastError ?? reason);
    }

    private async Task<Ask?> FindAsync(Withdrawal withdrawal, CancellationToken ct)
    {
        if (withdrawal.CustomerId is { } customerId && await asks.GetAsync(customerId, withdrawal.AskId, ct) is { } ask) return ask;
        // No contact in the payload (or a different one than the sale's): look the ask up by its id. Withdrawals
        // are rare and open asks few, so a listing is cheaper than a second index on every store.
        foreach (var status in Findable)
        {
            var found = (await asks.ListByStatusAsync(status, ct)).FirstOrDefault(a => a.AskId == withdrawal.AskId);
            if (found is not null) return found;
        }
        return null;
    }

    private Task AuditAsync(Ask ask, Move move, string detail, CancellationToken ct) =>
        audit.AppendAsync(new AuditEntry(ask.CustomerId, time.GetUtcNow(), ask.AskId, null, move, null,
            CollectorSettings.SystemUser, detail), ct);
}
