using System.Text.Json.Serialization;

namespace FeedbackCollector.Lambda.Events;

/// <summary>A Lambda Function URL request (payload format 2.0). Only the fields our pages and webhooks read.</summary>
internal sealed record FunctionUrlRequest(
    [property: JsonPropertyName("version")] string? Version,
    [property: JsonPropertyName("rawPath")] string? RawPath,
    [property: JsonPropertyName("rawQueryString")] string? RawQueryString,
    [property: JsonPropertyName("cookies")] IReadOnlyList<string>? Cookies,
    [property: JsonPropertyName("headers")] IReadOnlyDictionary<string, string>? Headers,
    [property: JsonPropertyName("requestContext")] FunctionUrlRequestContext? RequestContext,
    [property: JsonPropertyName("body")] string? Body,
    [property: JsonPropertyName("isBase64Encoded")] bool IsBase64Encoded);

internal sealed record FunctionUrlRequestContext(
    [property: JsonPropertyName("requestId")] string? RequestId,
    [property: JsonPropertyName("domainName")] string? DomainName,
    [property: JsonPropertyName("timeEpoch")] long TimeEpoch,
    [property: JsonPropertyName("http")] FunctionUrlHttp? Http);

internal sealed record FunctionUrlHttp(
    [property: JsonPropertyName("method")] string? Method,
    [property: JsonPropertyName("path")] string? Path,
    [property: JsonPropertyName("protocol")] string? Protocol,
    [property: JsonPropertyName("sourceIp")] string? SourceIp,
    [property: JsonPropertyName("userAgent")] string? UserAgent);
