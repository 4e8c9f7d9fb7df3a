using FeedbackCollector.Core.Model;

namespace FeedbackCollector.Web.Webhooks;

/// <summary>
/// Takes a finished visit into the flow (append the customer row / plan the ask). Must be idempotent by
/// <see cref="Visit.AskId"/>: retried deliveries hand the same visit again. Throw on failure (the sender retries).
/// </summary>
public interface IVisitSink
{
    Task AcceptAsync(Visit visit, CancellationToken ct = default);

    /// <summary>Withdraws the pending ask of a refunded, voided or cancelled visit. Idempotent: a retried delivery withdraws nothing twice.</summary>
    Task WithdrawAsync(Withdrawal withdrawal, CancellationToken ct = default);
}
