using System.Collections.Frozen;
using System.Text;

namespace FeedbackCollector.Web.Http;

/// <summary>One HTTP response for the host to write out as it is.</summary>
public sealed record WebResponse(int Status, IReadOnlyDictionary<string, string> Headers, byte[] Body, string ContentType)
{
    /// <summary>Pages carry no scripts and load nothing from elsewhere; say so to the browser.</summary>
    private static readonly FrozenDictionary<string, string> PageHeaders = new Dictionary<string, string>
    {
        ["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        ["X-Content-Type-Options"] = "nosniff",
        ["Referrer-Policy"] = "no-referrer",
        ["Cache-Control"] = "no-store",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public string BodyText => Encoding.UTF8.GetString(Body);

    /// <summary>What the request did, as a word for the host's one log line and metrics (never sent to the client).</summary>
    public string? Outcome { get; init; }

    public static WebResponse Html(int status, string html, IReadOnlyDictionary<string, string>? extra = null) =>
        new(status, Merge(PageHeaders, extra), Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8");

    public static WebResponse Text(int status, string text, IReadOnlyDictionary<string, string>? extra = null) =>
        new(status, Merge(new Dictionary<string, string> { ["Cache-Control"] = "no-store" }, extra),
            Encoding.UTF8.GetBytes(text), "text/plain; charset=utf-8");

    /// <summary>303 See Other: after a POST, and to drop a secret from the address bar.</summary>
    public static WebResponse SeeOther(string location, IReadOnlyDictionary<string, string>? extra = null) =>
        new(303, Merge(new Dictionary<string, string> { ["Location"] = location, ["Cache-Control"] = "no-store" }, extra), [], "text/plain; charset=utf-8");

    private static IReadOnlyDictionary<string, string> Merge(IReadOnlyDictionary<string, string> baseHeaders,
        IReadOnlyDictionary<string, string>? extra)
    {
        // The page headers are read-only to every reader, so a page without extras shares them instead of copying four.
        if (extra is null && ReferenceEquals(baseHeaders, PageHeaders)) return PageHeaders;
        var merged = new Dictionary<string, string>(baseHeaders, StringComparer.OrdinalIgnoreCase);
        if (extra is not null)
        {
            foreach (var (name, value) in extra) merged[name] = value;
        }
        return merged;
    }
}
