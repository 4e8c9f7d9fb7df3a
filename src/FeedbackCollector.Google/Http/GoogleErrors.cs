using System.Net;
using System.Text.Json;

namespace FeedbackCollector.Google.Http;

/// <summary>
/// Reads Google's two error shapes into a code and message: OAuth's {"error":"invalid_grant",
/// "error_description":...} and the APIs' {"error":{"code":403,"message":...,"status":...,
/// "errors":[{"reason":"rateLimitExceeded"}]}}. Decides which failures are worth retrying.
/// </summary>
internal static class GoogleErrors
{
    private const int MaxMessageChars = 300;
    private static readonly HashSet<string> TransientReasons = new(StringComparer.Ordinal)
    {
        "rateLimitExceeded", "userRateLimitExceeded", "backendError", "quotaExceeded", "RESOURCE_EXHAUSTED",
    };

    public static (string? Code, string? Message) Read(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 16 });
            if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty("error", out var error))
                return (null, null);
            if (error.ValueKind == JsonValueKind.String)
                return (error.GetString(), Text(doc.RootElement, "error_description"));
            if (error.ValueKind != JsonValueKind.Object) return (null, null);
            return (Reason(error) ?? Text(error, "status"), Text(error, "message"));
        }
        catch (JsonException)
        {
            // Not JSON (an HTML error page from a proxy): the status alone has to speak.
            return (null, null);
        }
    }

    public static bool IsTransient(HttpStatusCode status, string? code) =>
        (int)status >= 500
        || status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout
        || (status == HttpStatusCode.Forbidden && code is not null && TransientReasons.Contains(code));

    public static string Describe(string what, HttpStatusCode status, string? code, string? message)
    {
        var detail = message is null ? "" : ": " + (message.Length > MaxMessageChars ? message[..MaxMessageChars] + "…" : message);
        return $"{what} failed with HTTP {(int)status}{(code is null ? "" : " (" + code + ")")}{detail}";
    }

    private static string? Reason(JsonElement error) =>
        error.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0
            ? Text(errors[0], "reason")
            : null;

    private static string? Text(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
