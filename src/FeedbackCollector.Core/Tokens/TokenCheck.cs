namespace FeedbackCollector.Core.Tokens;

/// <summary>
/// The result of verifying a token. The claims are filled only when the signature checked out
/// (Valid or Expired); a malformed, tampered or unknown-key token yields no claims to trust.
/// </summary>
public sealed record TokenCheck(TokenStatus Status, string? CustomerId, string? AskId, DateTimeOffset? ExpiresAt)
{
    public bool IsValid => Status == TokenStatus.Valid;

    internal static TokenCheck Refused(TokenStatus status) => new(status, null, null, null);
}
