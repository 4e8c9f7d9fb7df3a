namespace FeedbackCollector.Aws.Http;

/// <summary>
/// One request to a service. Path segments are given raw and encoded here; query values likewise.
/// Idempotent false (a send: SES SendEmail, SNS Publish) means a repeat would act twice, so the client retries it
/// only when the service answered with an error (it did not act), never after a request whose answer was lost.
/// </summary>
internal sealed record AwsCall(
    HttpMethod Method,
    IReadOnlyList<string> PathSegments,
    byte[]? Body = null,
    string? ContentType = null,
    IReadOnlyList<KeyValuePair<string, string>>? Query = null,
    IReadOnlyList<KeyValuePair<string, string>>? Headers = null,
    bool Idempotent = true);

/// <summary>A successful (2xx) response.</summary>
internal sealed record AwsResponse(int StatusCode, byte[] Body);
