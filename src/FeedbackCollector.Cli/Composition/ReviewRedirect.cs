using FeedbackCollector.Core.Flow;
using FeedbackCollector.Web;
using FeedbackCollector.Web.Http;

namespace FeedbackCollector.Cli.Composition;

/// <summary>
/// Web's router plus the one route it does not have yet: GET /r/{token}, the review link of the nudge email
/// (ReviewClick counts the click and names the owner's review page). Everything else goes to WebApp as it is.
/// When WebApp routes /r/ itself, this class can go.
/// </summary>
internal sealed class ReviewRedirect(WebApp web, ReviewClick reviews)
{
    public async Task<WebResponse> Handle(WebRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var segments = request.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments is not ["r", var token] || !(request.Method is "GET" or "HEAD")) return await web.Handle(request, ct);
        var target = token.Length <= 200 ? await reviews.RunAsync(token, ct) : null;
        return target is null
            ? WebResponse.Text(404, "This review link is not valid.")
            : new WebResponse(302, new Dictionary<string, string> { ["Location"] = target.AbsoluteUri, ["Cache-Control"] = "no-store" },
                [], "text/plain; charset=utf-8");
    }
}
