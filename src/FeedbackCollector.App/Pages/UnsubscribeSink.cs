using FeedbackCollector.Core.Flow;
using FeedbackCollector.Web.Pages;

namespace FeedbackCollector.App.Pages;

/// <summary>The unsubscribe page over the flow: a read-only look for the confirm page, Unsubscribe for the POST.</summary>
public sealed class UnsubscribeSink(FlowApp app) : IUnsubscribeSink
{
    public async Task<UnsubscribeCheck> CheckAsync(string token, CancellationToken ct = default)
    {
        var name = (await app.Docs.LoadAsync(ct)).Rules.BusinessName;
        var link = await app.Unsubscribe.CheckAsync(token, ct);
        return new UnsubscribeCheck(link.Valid, name, link.MaskedAddress);
    }

    public async Task<UnsubscribeResult> UnsubscribeAsync(string token, CancellationToken ct = default)
    {
        var outcome = await app.Unsubscribe.RunAsync(token, ct);
        return outcome.Status switch
        {
            UnsubscribeStatus.Unsubscribed => UnsubscribeResult.Unsubscribed,
            UnsubscribeStatus.AlreadyUnsubscribed => UnsubscribeResult.AlreadyUnsubscribed,
            _ => UnsubscribeResult.InvalidLink,
        };
    }
}
