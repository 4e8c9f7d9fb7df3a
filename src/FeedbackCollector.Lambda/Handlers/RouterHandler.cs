using System.Text.Json;
using FeedbackCollector.Lambda.Events;
using FeedbackCollector.Lambda.Roles;
using FeedbackCollector.Lambda.Runtime;
using FeedbackCollector.Lambda.UseCases;

namespace FeedbackCollector.Lambda.Handlers;

/// <summary>router: buckets one recorded answer and, when there is a move to make, hands it to dispatch.</summary>
internal sealed class RouterHandler(IReplyRouter router, IRoleInvoker invoker) : RoleHandler(Role.Router)
{
    protected override async Task<HandlerResult> HandleDirectAsync(DirectInvoke invoke, CancellationToken ct)
    {
        if (invoke.Kind != DirectInvokeKinds.Route) return await Refuse($"the direct invoke '{Cap(invoke.Kind)}'");
        var customerId = Require(invoke.CustomerId, "customerId");
        var askId = Require(invoke.AskId, "askId");
        var (outcome, dispatch) = await router.RouteAsync(new AnswerRef(customerId, askId, invoke.Text, invoke.RawKey), ct);
        if (dispatch)
        {
            var next = new DirectInvoke(DirectInvokeKinds.Dispatch, customerId, askId);
            await invoker.InvokeAsync(Role.Dispatch, JsonSerializer.SerializeToUtf8Bytes(next, LambdaEventsJsonContext.Default.DirectInvoke), ct);
        }
        return Respond(outcome);
    }
}
