namespace FeedbackCollector.Core.Tokens;

/// <summary>What a token asserts, with the key id that signed it and the MAC it carries.</summary>
internal sealed record TokenClaims(string KeyId, string CustomerId, string AskId, long ExpiresUnixSeconds, byte[] Mac)
{
    public DateTimeOffset ExpiresAt => DateTimeOffset.FromUnixTimeSeconds(ExpiresUnixSeconds);
}
