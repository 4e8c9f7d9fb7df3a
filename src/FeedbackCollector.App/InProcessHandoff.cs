using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.App;

/// <summary>One process runs the whole flow: each hand-off is a call of the next use case.</summary>
public sealed class InProcessHandoff(FlowApp app) : IFlowHandoff
{
    public Task PlanAsync(IReadOnlyList<Visit> visits, CancellationToken ct) => app.PlanAsync(visits, ct);

    public Task WithdrawAsync(IReadOnlyList<Withdrawal> withdrawals, CancellationToken ct) => app.WithdrawAsync(withdrawals, ct);

    public Task<string> RouteAsync(ReplyToRoute reply, CancellationToken ct) => app.Router.RouteAsync(reply, ct);

    public Task DispatchAsync(string customerId, string askId, CancellationToken ct) => app.DispatchAsync(customerId, askId, ct);

    public Task TellOwnerAsync(OwnerPing note, CancellationToken ct) => app.TellOwnerAsync(note, ct);
}
