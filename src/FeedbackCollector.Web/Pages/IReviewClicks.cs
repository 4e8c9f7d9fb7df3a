namespace FeedbackCollector.Web.Pages;

/// <summary>The review link of the nudge, GET /r/{token}: counts the click and names where to send the browser.</summary>
public interface IReviewClicks
{
    /// <summary>The owner's review page, or null when the link is not good for one (the page then says so).</summary>
    Task<Uri?> TargetAsync(string token, CancellationToken ct = default);
}
