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

    public bool Transient => StatusCode is 0 or 429 or >= 500 || TransientCodes.Contains(ErrorCode);

    public bool IsThrottling => StatusCode == 429 || ErrorCode.Contains("Throttl", StringComparison.Ordinal)
        || ErrorCode is "TooManyRequestsException" or "RequestLimitExceeded";
}
