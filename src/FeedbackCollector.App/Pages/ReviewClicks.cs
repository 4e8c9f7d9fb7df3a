using FeedbackCollector.Web.Pages;

namespace FeedbackCollector.App.Pages;

/// <summary>GET /r/{token}: the nudge's review link counts the click and names the owner's review page.</summary>
public sealed class ReviewClicks(FlowApp app) : IReviewClicks
{
    public Task<Uri?> TargetAsync(string token, CancellationToken ct = default) => app.ReviewClick.RunAsync(token, ct);
}
