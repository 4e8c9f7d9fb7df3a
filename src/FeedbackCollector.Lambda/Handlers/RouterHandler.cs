using FeedbackCollector.App;
using FeedbackCollector.Lambda.Events;
using FeedbackCollector.Lambda.Roles;
using FeedbackCollector.Lambda.Runtime;
using FeedbackCollector.Lambda.UseCases;

namespace FeedbackCollector.Lambda.Handlers;

/// <summary>router: buckets one answer (the flow hands a recorded one on to dispatch).</summary>
internal sealed class RouterHandler(IReplyRouter router) : RoleHandler(Role.Router)
{
    protected override async Task<HandlerResult> HandleDirectAsync(DirectInvoke invoke, CancellationToken ct)
    {
        if (invoke.Kind != DirectInvokeKinds.Route) return await Refuse($"the direct invoke '{Cap(invoke.Kind)}'");
        var reply = new ReplyToRoute(Require(invoke.CustomerId, "customerId"), Require(invoke.AskId, "askId"), invoke.Text, invoke.RawKey);
        return Respond(await router.RouteAsync(reply, ct));
    }
}
