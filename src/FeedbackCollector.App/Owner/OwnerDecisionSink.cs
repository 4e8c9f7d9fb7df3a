using FeedbackCollector.Core.Flow;
using FeedbackCollector.Web.Pages;

namespace FeedbackCollector.App.Owner;

/// <summary>
/// /o/{token} on both hosts: the decision is recorded where the page is served (serve, or reply-handler's Function URL)
/// and its moves go through the hand-off to dispatch, which follows the owner's mark, so on AWS the nudge and the
/// ping leave from the dispatch function with its own permissions. Recorded as by the owner's Slack id when one is
/// configured, else by "owner".
/// </summary>
internal sealed class OwnerDecisionSink(FlowApp app) : IOwnerDecisionSink
{
    public Task<OwnerDecisionView> CheckAsync(string token, CancellationToken ct = default) => app.OwnerDecisions.CheckAsync(token, ct);

    public async Task<OwnerDecisionView> DecideAsync(string token, CancellationToken ct = default)
    {
        var rules = (await app.Docs.LoadAsync(ct)).Rules;
        var byUser = OwnerAddress.DecidedBy(rules, app.Adapters.Owner);
        var view = await app.OwnerDecisions.DecideAsync(token, byUser, ct);
        app.Log($"owner link {view.Action?.ToString().ToLowerInvariant()} {view.AskId}: {view.State}");
        if (view is { State: OwnerLinkState.Decided, Dispatch: true }) await app.Handoff.DispatchAsync(view.CustomerId!, view.AskId!, ct);
        return view;
    }
}
