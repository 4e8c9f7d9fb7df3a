using FeedbackCollector.Lambda.Events;
using FeedbackCollector.Lambda.Roles;
using FeedbackCollector.Lambda.Runtime;
using FeedbackCollector.Lambda.UseCases;

namespace FeedbackCollector.Lambda.Handlers;

/// <summary>dispatch: makes the move the router chose for one answer.</summary>
internal sealed class DispatchHandler(IDispatchStep dispatch) : RoleHandler(Role.Dispatch)
{
    protected override async Task<HandlerResult> HandleDirectAsync(DirectInvoke invoke, CancellationToken ct)
    {
        if (invoke.Kind != DirectInvokeKinds.Dispatch) return await Refuse($"the direct invoke '{Cap(invoke.Kind)}'");
        return Respond(await dispatch.DispatchAsync(Require(invoke.CustomerId, "customerId"), Require(invoke.AskId, "askId"), ct));
    }
}
