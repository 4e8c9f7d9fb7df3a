using System.Text.Json.Serialization;

namespace FeedbackCollector.Lambda.Events;

/// <summary>A Function URL response (payload format 2.0). Binary bodies travel base64-encoded.</summary>
internal sealed record FunctionUrlResponse(
    [property: JsonPropertyName("statusCode")] int StatusCode,
    [property: JsonPropertyName("headers")] IReadOnlyDictionary<string, string> Headers,
    [property: JsonPropertyName("body")] string Body,
    [property: JsonPropertyName("isBase64Encoded")] bool IsBase64Encoded,
    [property: JsonPropertyName("cookies")] IReadOnlyList<string>? Cookies = null);
