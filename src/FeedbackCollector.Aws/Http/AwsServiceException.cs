namespace FeedbackCollector.Aws.Http;

/// <summary>
/// An AWS call failed. <see cref="ErrorCode"/> is the service's error type (e.g. ThrottlingException);
/// <see cref="StatusCode"/> is 0 when no response arrived (network error, timeout).
/// Transient: throttling, 5xx, timeouts and network errors, where a later retry may succeed.
/// </summary>
public sealed class AwsServiceException(string service, string errorCode, int statusCode, string message, Exception? inner = null)
    : Exception($"{service} {errorCode} ({statusCode}): {message}", inner)
{
    private static readonly HashSet<string> TransientCodes = new(StringComparer.Ordinal)
    {
        "ThrottlingException", "Throttling", "ThrottledException", "TooManyRequestsException",
        "RequestLimitExceeded", "ProvisionedThroughputExceededException", "ServiceUnavailable",
        "ServiceUnavailableException", "InternalServerException", "InternalFailure", "RequestTimeout",
        "RequestTimeoutException", "ModelNotReadyException", "EC2ThrottledException", "NetworkError",
    };

    public string Service { get; } = service;
    public string ErrorCode { get; } = errorCode;
    public int StatusCode { get; } = statusCode;
    public string ServiceMessage { get; } = message;

    /// <summary>
    /// The request went out and no answer came back (a timeout, a connection closed mid-exchange): the service may
    /// have acted on it. An error answer, or a connection never made, means it did not.
    /// </summary>
    public bool MayHaveActed { get; init; }

    public bool Transient => StatusCode is 0 or 429 or >= 500 || TransientCodes.Contains(ErrorCode);

    public bool IsThrottling => StatusCode == 429 || ErrorCode.Contains("Throttl", StringComparison.Ordinal)
        || ErrorCode is "TooManyRequestsException" or "RequestLimitExceeded";
}
