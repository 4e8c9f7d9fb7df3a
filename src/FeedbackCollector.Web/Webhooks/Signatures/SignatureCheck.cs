using System.Security.Cryptography;
using System.Text;

namespace FeedbackCollector.Web.Webhooks.Signatures;

/// <summary>Whether a webhook's signature holds; Problem says why not (never includes the secret or the expected value).</summary>
public sealed record SignatureCheck(bool Valid, string? Problem)
{
    public static SignatureCheck Ok { get; } = new(true, null);

    public static SignatureCheck Fail(string problem) => new(false, problem);
}

/// <summary>HMAC-SHA256 and constant-time comparison shared by the schemes.</summary>
internal static class Hmac
{
    public static byte[] Sha256(string secret, ReadOnlySpan<byte> message) =>
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message);

    public static byte[] Sha256(string secret, string prefix, ReadOnlySpan<byte> body)
    {
        var prefixBytes = Encoding.UTF8.GetBytes(prefix);
        var message = new byte[prefixBytes.Length + body.Length];
        prefixBytes.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefixBytes.Length));
        return Sha256(secret, message);
    }

    /// <summary>Compares a base64 signature from a header with the expected MAC without leaking timing.</summary>
    public static bool Base64Equals(string? header, byte[] expected)
    {
        if (string.IsNullOrWhiteSpace(header)) return false;
        var buffer = new byte[64];
        return Convert.TryFromBase64String(header.Trim(), buffer, out var written)
            && CryptographicOperations.FixedTimeEquals(buffer.AsSpan(0, written), expected);
    }

    public static bool HexEquals(string? hex, byte[] expected)
    {
        if (string.IsNullOrWhiteSpace(hex) || hex.Length != expected.Length * 2) return false;
        byte[] given;
        try
        {
            given = Convert.FromHexString(hex.Trim());
        }
        catch (FormatException)
        {
            return false;
        }
        return CryptographicOperations.FixedTimeEquals(given, expected);
    }
}
