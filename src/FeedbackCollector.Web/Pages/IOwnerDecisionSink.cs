using FeedbackCollector.Core.Flow;

namespace FeedbackCollector.Web.Pages;

/// <summary>The use case behind /o/{token}, the owner's one-tap decision links from the digest and the ping.</summary>
public interface IOwnerDecisionSink
{
    /// <summary>What the link would do; records nothing (mail scanners and Slack's unfurler open links).</summary>
    Task<OwnerDecisionView> CheckAsync(string token, CancellationToken ct = default);

    /// <summary>Records the decision once and sets its moves going.</summary>
    Task<OwnerDecisionView> DecideAsync(string token, CancellationToken ct = default);
}
