using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace FeedbackCollector.Core.Tokens;

/// <summary>
/// The URL form for star links: <c>{key id}.{base64url(customer|ask|expiry seconds)}.{base64url(full MAC)}</c>.
/// Decoding is strict (canonical base64url only) so that every different string is a different token.
/// </summary>
internal static class LongTokenFormat
{
    public const string Form = "long";
    public const int MaxIdLength = 100;
    private const int MacBytes = 32;

    /// <summary>The MAC's form tag for a purpose: the token looks the same, but is valid only where it was meant.</summary>
    public static string FormFor(TokenPurpose purpose) => purpose switch
    {
        TokenPurpose.Star => "long-star",
        TokenPurpose.Unsubscribe => "long-unsubscribe",
        TokenPurpose.Review => "long-review",
        _ => throw new ArgumentOutOfRangeException(nameof(purpose), "reply tokens are compact"),
    };

    public static string Encode(SigningKey key, string customerId, string askId, long expiresUnixSeconds, string form = Form)
    {
        var payload = string.Join('|', customerId, askId, expiresUnixSeconds.ToString(CultureInfo.InvariantCulture));
        var mac = TokenMac.Compute(form, key, customerId, askId, expiresUnixSeconds, MacBytes);
        return key.Id + "." + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload)) + "." + Base64Url.EncodeToString(mac);
    }

    /// <summary>Printable ASCII without '|' (the separator) and without spaces; ids here are short and machine-made.</summary>
    public static bool IsValidId(string? id) =>
        id is { Length: > 0 and <= MaxIdLength } && id.All(c => c is > ' ' and <= '~' and not '|');

    public static TokenClaims? TryParse(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3 || !TokenAlphabet.IsKeyId(parts[0])) return null;
        var payloadBytes = StrictDecode(parts[1]);
        var mac = StrictDecode(parts[2]);
        if (payloadBytes is null || mac is not { Length: MacBytes } || !Utf8.IsValid(payloadBytes)) return null;
        return ParsePayload(parts[0], Encoding.UTF8.GetString(payloadBytes), mac);
    }

    private static TokenClaims? ParsePayload(string keyId, string payload, byte[] mac)
    {
        var fields = payload.Split('|');
        if (fields.Length != 3 || !IsValidId(fields[0]) || !IsValidId(fields[1])) return null;
        if (!long.TryParse(fields[2], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var expires)) return null;
        // Canonical numbers only ("007" or "+7" would be a second spelling of the same token).
        if (expires.ToString(CultureInfo.InvariantCulture) != fields[2] || !InDateRange(expires)) return null;
        return new TokenClaims(keyId, fields[0], fields[1], expires, mac);
    }

    private static bool InDateRange(long unixSeconds) =>
        unixSeconds >= DateTimeOffset.MinValue.ToUnixTimeSeconds() && unixSeconds <= DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    private static bool IsBase64UrlChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';

    internal static byte[]? StrictDecode(string text)
    {
        // The Try* decoder throws on bad input; the OperationStatus overload reports it as a value.
        if (text.Length == 0 || !text.All(IsBase64UrlChar)) return null;
        var buffer = new byte[Base64Url.GetMaxDecodedLength(text.Length)];
        var status = Base64Url.DecodeFromChars(text, buffer, out var consumed, out var written);
        if (status != OperationStatus.Done || consumed != text.Length) return null;
        var bytes = buffer[..written];
        return Base64Url.EncodeToString(bytes) == text ? bytes : null;
    }
}
