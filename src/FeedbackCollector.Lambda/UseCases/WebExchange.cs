namespace FeedbackCollector.Lambda.UseCases;

/// <summary>An HTTP request as the shared pages see it, with no Lambda or ASP.NET types. Header names are lower case.</summary>
internal sealed record WebRequest(
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Query,
    IReadOnlyDictionary<string, string> Headers,
    byte[] Body,
    string? SourceIp);

/// <summary>An HTTP response from the shared pages.</summary>
internal sealed record WebResponse(
    int Status,
    string ContentType,
    byte[] Body,
    IReadOnlyDictionary<string, string>? Headers = null,
    IReadOnlyList<string>? Cookies = null);

/// <summary>A page or webhook endpoint: intake-webhook's POS webhook.</summary>
internal interface IWebEndpoint
{
    Task<WebResponse> HandleAsync(WebRequest request, CancellationToken ct);
}

/// <summary>What the tap pages did: the page to show, an outcome word for the log, and the answer to route when one was recorded.</summary>
internal sealed record TapResult(WebResponse Response, string Outcome, AnswerRef? Recorded);

/// <summary>The star-tap pages (GET shows with the star preselected, POST records).</summary>
internal interface ITapEndpoint
{
    Task<TapResult> HandleAsync(WebRequest request, CancellationToken ct);
}

/// <summary>
/// The (customer, ask) of an answer to hand to the router. A star tap is already recorded (Text null);
/// a written reply carries its words and the raw MIME's key for the router to classify and record.
/// </summary>
internal sealed record AnswerRef(string CustomerId, string AskId, string? Text = null, string? RawKey = null);
