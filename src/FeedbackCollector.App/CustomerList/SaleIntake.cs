using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Web.Webhooks;

namespace FeedbackCollector.App.CustomerList;

/// <summary>
/// A sale from the webhook, on both runtimes: its ask is planned (through the hand-off, so request-builder plans it
/// on AWS) and the sale lands in the owner's customer list as a row carrying its source and source id. Planning
/// comes first, so a customer is not missed while the sheet is unreachable; a failed append throws, the POS
/// delivers again, and the re-plan is a no-op by ask id while the row is appended then (a row appended twice
/// collapses by ask id when the list is planned).
/// </summary>
public sealed class SaleIntake(IFlowHandoff handoff, ICustomerListAppender? list) : IVisitSink
{
    public async Task AcceptAsync(Visit visit, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(visit);
        await handoff.PlanAsync([visit], ct);
        if (list is not null) await list.AppendAsync(visit, ct);
    }

    public Task WithdrawAsync(Withdrawal withdrawal, CancellationToken ct = default) => handoff.WithdrawAsync([withdrawal], ct);
}
