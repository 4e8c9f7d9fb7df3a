using System.Text;
using FeedbackCollector.Lambda.Events;
using FeedbackCollector.Web.Http;

namespace FeedbackCollector.Lambda.Handlers;

/// <summary>Maps Function URL payloads (v2) to the shared pages' plain request/response records and back.</summary>
internal static class FunctionUrls
{
    /// <summary>Query parameters kept per request: more is hostile or a mistake.</summary>
    private const int MaxQueryParameters = 50;

    public static WebRequest ToWebRequest(FunctionUrlRequest request)
    {
        var http = request.RequestContext?.Http;
        var body = request.Body is null ? []
            : request.IsBase64Encoded ? DecodeBase64(request.Body) : Encoding.UTF8.GetBytes(request.Body);
        var headers = (request.Headers ?? new Dictionary<string, string>())
            .GroupBy(h => h.Key.ToLowerInvariant(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        // A Function URL lifts cookies out of the headers into their own list; the pages read the Cookie header.
        if (request.Cookies is { Count: > 0 } cookies) headers["cookie"] = string.Join("; ", cookies);
        return new WebRequest(
            (http?.Method ?? "GET").ToUpperInvariant(),
            string.IsNullOrEmpty(request.RawPath) ? http?.Path ?? "/" : request.RawPath,
            ParseQuery(request.RawQueryString),
            headers,
            body,
            http?.SourceIp);
    }

    /// <summary>
    /// Text bodies travel as text; anything else base64-encoded, as the payload format requires. A Set-Cookie
    /// header moves to the payload's cookies list, the only place a Function URL takes cookies from.
    /// </summary>
    public static FunctionUrlResponse ToResponse(WebResponse response)
    {
        var headers = new Dictionary<string, string>(response.Headers, StringComparer.OrdinalIgnoreCase)
        {
            ["content-type"] = response.ContentType,
        };
        var cookies = headers.Remove("set-cookie", out var cookie) ? new[] { cookie } : null;
        var text = IsText(response.ContentType);
        var body = text ? Encoding.UTF8.GetString(response.Body) : Convert.ToBase64String(response.Body);
        return new FunctionUrlResponse(response.Status, headers, body, !text, cookies);
    }

    /// <summary>First value wins for a repeated name; '+' is a space as in HTML forms.</summary>
    public static IReadOnlyDictionary<string, string> ParseQuery(string? raw)
    {
        var query = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(raw)) return query;
        foreach (var pair in raw.Split('&', StringSplitOptions.RemoveEmptyEntries).Take(MaxQueryParameters))
        {
            var cut = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Unescape(cut < 0 ? pair : pair[..cut]);
            var value = cut < 0 ? "" : Unescape(pair[(cut + 1)..]);
            query.TryAdd(name, value);
        }
        return query;
    }

    private static string Unescape(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));

    private static bool IsText(string contentType) =>
        contentType.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
        || contentType.Contains("json", StringComparison.OrdinalIgnoreCase)
        || contentType.Contains("xml", StringComparison.OrdinalIgnoreCase)
        || contentType.Contains("x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);

    private static byte[] DecodeBase64(string body)
    {
        try
        {
            return Convert.FromBase64String(body);
        }
        catch (FormatException)
        {
            throw new InvalidEventException("the Function URL body is marked base64 but is not");
        }
    }
}
