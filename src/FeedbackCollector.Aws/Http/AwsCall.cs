namespace FeedbackCollector.Aws.Http;

/// <summary>One request to a service. Path segments are given raw and encoded here; query values likewise.</summary>
internal sealed record AwsCall(
    HttpMethod Method,
    IReadOnlyList<string> PathSegments,
    byte[]? Body = null,
    string? ContentType = null,
    IReadOnlyList<KeyValuePair<string, string>>? Query = null,
    IReadOnlyList<KeyValuePair<string, string>>? Headers = null);

/// <summary>A successful (2xx) response.</summary>
internal sealed record AwsResponse(int StatusCode, byte[] Body);
