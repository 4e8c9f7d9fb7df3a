using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace FeedbackCollector.Core.Tokens;

/// <summary>HMAC-SHA256 over key id, customer id, ask id and expiry, with the form as a domain separator.</summary>
internal static class TokenMac
{
    /// <summary>
    /// The form tag keeps a long-form MAC from ever being valid as a compact one (they differ in
    /// length and in how expiry is rounded, so they must never be interchangeable).
    /// </summary>
    public static byte[] Compute(string form, SigningKey key, string customerId, string askId, long expiresUnixSeconds, int length)
    {
        var message = string.Join('|',
            "fc-ask-token", form, key.Id, customerId, askId, expiresUnixSeconds.ToString(CultureInfo.InvariantCulture));
        var mac = Sign(key, message);
        return length == mac.Length ? mac : mac[..length];
    }

    /// <summary>HMAC-SHA256 of a message that starts with its purpose ("fc-ask-token", "fc-owner-token").</summary>
    public static byte[] Sign(SigningKey key, string message) => HMACSHA256.HashData(key.Secret, Encoding.UTF8.GetBytes(message));

    public static bool Matches(string form, SigningKey key, TokenClaims claims)
    {
        var expected = Compute(form, key, claims.CustomerId, claims.AskId, claims.ExpiresUnixSeconds, claims.Mac.Length);
        return CryptographicOperations.FixedTimeEquals(expected, claims.Mac);
    }
}
