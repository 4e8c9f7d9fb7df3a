namespace FeedbackCollector.Core.Tokens;

/// <summary>
/// The reply-to form: 61 lower-case base32 characters, fixed width, no separators, so it survives
/// mail systems that fold the case of a local part and contains nothing they rewrite.
/// Layout: key id (1) · expiry in days since 1970-01-01 (4) · customer id without its "c" (20) ·
/// ask id without its "a" (20) · HMAC-SHA256 truncated to 80 bits (16).
/// </summary>
internal static class CompactTokenFormat
{
    public const string Form = "compact";
    public const int Length = 1 + ExpiryChars + IdChars + IdChars + MacChars;
    private const int ExpiryChars = 4;
    private const int IdChars = 20;
    private const int MacChars = 16;
    private const int MacBytes = MacChars * 5 / 8;
    private const long SecondsPerDay = 86_400;
    private const long MaxDays = (1L << (5 * ExpiryChars)) - 1;

    /// <summary>Ids as <see cref="Model.AskId"/> makes them: "c" or "a" followed by 20 lower-case base32 characters.</summary>
    public static bool IsCompactId(string? id, char prefix) =>
        id is { Length: IdChars + 1 } && id[0] == prefix && TokenAlphabet.IsBase32(id.AsSpan(1));

    /// <summary>The expiry is whole days, rounded up so a compact token never dies before the time asked for.</summary>
    public static long? ExpiryDays(DateTimeOffset expiresAt)
    {
        var seconds = expiresAt.ToUnixTimeSeconds();
        var days = seconds <= 0 ? 0 : (seconds + SecondsPerDay - 1) / SecondsPerDay;
        return seconds < 0 || days > MaxDays ? null : days;
    }

    public static string Encode(SigningKey key, string customerId, string askId, long expiryDays)
    {
        var expires = expiryDays * SecondsPerDay;
        var mac = TokenMac.Compute(Form, key, customerId, askId, expires, MacBytes);
        return key.Id + EncodeNumber(expiryDays) + customerId[1..] + askId[1..] + Model.Base32.Encode(mac);
    }

    public static TokenClaims? TryParse(string token)
    {
        if (token.Length != Length) return null;
        var text = TokenAlphabet.FoldAsciiUpper(token);
        if (!TokenAlphabet.IsBase32(text)) return null;
        var days = DecodeNumber(text.AsSpan(1, ExpiryChars));
        var customerId = string.Concat("c", text.AsSpan(1 + ExpiryChars, IdChars));
        var askId = string.Concat("a", text.AsSpan(1 + ExpiryChars + IdChars, IdChars));
        var mac = Model.Base32.TryDecode(text[(Length - MacChars)..]);
        return mac is { Length: MacBytes }
            ? new TokenClaims(text[..1], customerId, askId, days * SecondsPerDay, mac)
            : null;
    }

    private static string EncodeNumber(long value) =>
        string.Create(ExpiryChars, value, static (span, v) =>
        {
            for (var i = span.Length - 1; i >= 0; i--, v >>= 5) span[i] = TokenAlphabet.Base32[(int)(v & 31)];
        });

    private static long DecodeNumber(ReadOnlySpan<char> text)
    {
        long value = 0;
        foreach (var c in text) value = (value << 5) | (long)TokenAlphabet.IndexOf(c);
        return value;
    }
}
