using FeedbackCollector.App;
using FeedbackCollector.Core.Model;
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
        var channel = invoke.Channel switch
        {
            null or "email" => Channel.Email,
            "sms" => Channel.Sms,
            _ => throw new InvalidEventException($"the route's channel '{Cap(invoke.Channel)}' is not email or sms"),
        };
        var reply = new ReplyToRoute(Require(invoke.CustomerId, "customerId"), Require(invoke.AskId, "askId"), invoke.Text, invoke.RawKey, channel);
        return Respond(await router.RouteAsync(reply, ct));
    }
}
