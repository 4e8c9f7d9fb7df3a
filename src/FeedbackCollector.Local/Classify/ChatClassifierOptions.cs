namespace FeedbackCollector.Local.Classify;

/// <summary>
/// Where a self-hoster's chat model lives. Endpoint null means the provider's public API; MaxRetries is the SDK
/// client's own retry count for throttling, 5xx and timeouts.
/// </summary>
public sealed record ChatClassifierOptions(
    string Provider,
    string Model,
    Uri? Endpoint = null,
    string? ApiKey = null,
    int MaxRetries = 2,
    TimeSpan? Timeout = null,
    int MaxTextChars = 4000);
