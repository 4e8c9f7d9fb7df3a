namespace FeedbackCollector.Google;

/// <summary>
/// A Google API call failed. <see cref="IsTransient"/> says whether the same call may succeed if
/// retried later (429, 5xx, 403 rate limits, network failures) or needs a person (401, 403, 404,
/// a bad key, a revoked grant).
/// </summary>
public class GoogleApiException : Exception
{
    public GoogleApiException() : this("A Google API call failed.", null, null, isTransient: false)
    {
    }

    public GoogleApiException(string message) : this(message, null, null, isTransient: false)
    {
    }

    public GoogleApiException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public GoogleApiException(string message, int? statusCode, string? errorCode, bool isTransient, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
        IsTransient = isTransient;
    }

    /// <summary>The HTTP status, or null when no response arrived.</summary>
    public int? StatusCode { get; }

    /// <summary>Google's short error code ("invalid_grant", "notFound", "rateLimitExceeded"), when given.</summary>
    public string? ErrorCode { get; }

    public bool IsTransient { get; }
}

/// <summary>The OAuth token endpoint refused or failed to issue an access token.</summary>
public sealed class GoogleAuthException : GoogleApiException
{
    public GoogleAuthException() : base("Google refused the service account's token request.")
    {
    }

    public GoogleAuthException(string message) : base(message)
    {
    }

    public GoogleAuthException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public GoogleAuthException(string message, int? statusCode, string? errorCode, bool isTransient, Exception? innerException = null)
        : base(message, statusCode, errorCode, isTransient, innerException)
    {
    }
}
