namespace FeedbackCollector.Google.Auth;

/// <summary>Gives a bearer token for Google APIs; implementations cache and refresh it.</summary>
public interface IGoogleAccessTokenSource
{
    /// <summary>A token valid for at least a few more minutes.</summary>
    /// <exception cref="GoogleAuthException">The token could not be obtained (see IsTransient).</exception>
    ValueTask<string> GetAccessTokenAsync(CancellationToken ct = default);

    /// <summary>Forget the cached token (an API answered 401), so the next call fetches a fresh one.</summary>
    void Invalidate();
}

/// <summary>A fixed token, for a user-supplied access token or tests.</summary>
public sealed class StaticAccessTokenSource(string accessToken) : IGoogleAccessTokenSource
{
    public ValueTask<string> GetAccessTokenAsync(CancellationToken ct = default) => ValueTask.FromResult(accessToken);

    public void Invalidate()
    {
        // A fixed token cannot be refreshed; the caller's 401 surfaces as a permanent error.
    }
}
