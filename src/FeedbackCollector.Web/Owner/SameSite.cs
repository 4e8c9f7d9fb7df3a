using FeedbackCollector.Web.Http;

namespace FeedbackCollector.Web.Owner;

/// <summary>
/// Cross-site request check for the owner page's POSTs, beside the session's CSRF token: a browser says where a
/// request came from (Sec-Fetch-Site, Origin); anything but this site is refused. A client that sends neither
/// header (curl, a test's HttpClient) still needs the session cookie and the CSRF token.
/// </summary>
internal static class SameSite
{
    public static bool Allows(WebRequest request)
    {
        var site = request.Header("Sec-Fetch-Site");
        if (site is not null && site is not ("same-origin" or "none")) return false;
        var origin = request.Header("Origin");
        if (origin is null) return true;
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var from)) return false; // "null" from a sandboxed or privacy-redirected page
        var host = request.Header("Host");
        return host is not null && string.Equals(from.Authority, host, StringComparison.OrdinalIgnoreCase);
    }
}
