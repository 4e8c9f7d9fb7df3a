using FeedbackCollector.Web.Http;

namespace FeedbackCollector.Web.Owner;

/// <summary>
/// Cross-site request check for the owner page's POSTs, beside the session's CSRF token and the SameSite=Strict
/// cookie: a browser says where a request came from, and anything but this site is refused. Sec-Fetch-Site decides
/// when present (a page cannot set it). Without it, an Origin naming another host is refused; "null" tells nothing
/// (our pages send Referrer-Policy: no-referrer, under which a browser may send it for our own forms), so the token
/// and cookie decide, as they do for a client that sends neither header (curl, a test's HttpClient).
/// </summary>
internal static class SameSite
{
    public static bool Allows(WebRequest request)
    {
        if (request.Header("Sec-Fetch-Site") is { } site) return site is "same-origin" or "none";
        var origin = request.Header("Origin");
        if (origin is null || origin == "null") return true;
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var from)) return false;
        var host = request.Header("Host");
        return host is not null && string.Equals(from.Authority, host, StringComparison.OrdinalIgnoreCase);
    }
}
