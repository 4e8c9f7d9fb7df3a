using System.Globalization;

namespace FeedbackCollector.Web.Webhooks.Signatures;

/// <summary>
/// Stripe: Stripe-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex&gt;[,v1=…]; v1 = hex(HMAC-SHA256(whsec secret, "&lt;t&gt;." + raw body)).
/// Valid when any v1 matches and t is within the tolerance of now (Stripe's default 300 s), so a captured
/// delivery cannot be replayed later.
/// </summary>
public static class StripeSignature
{
    public const string Header = "Stripe-Signature";

    public static readonly TimeSpan DefaultTolerance = TimeSpan.FromSeconds(300);

    public static string Sign(string secret, ReadOnlySpan<byte> body, DateTimeOffset at)
    {
        var t = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"t={t},v1={Convert.ToHexStringLower(Hmac.Sha256(secret, t + ".", body))}";
    }

    public static SignatureCheck Verify(string secret, ReadOnlySpan<byte> body, string? header, DateTimeOffset now, TimeSpan? tolerance = null)
    {
        if (header is null) return SignatureCheck.Fail($"{Header} header is missing");
        string? t = null;
        var signatures = new List<string>();
        foreach (var item in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Take(32))
        {
            if (item.StartsWith("t=", StringComparison.Ordinal)) t = item[2..];
            else if (item.StartsWith("v1=", StringComparison.Ordinal)) signatures.Add(item[3..]);
        }
        if (t is null || !long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return SignatureCheck.Fail($"{Header} has no valid t= timestamp");
        if (signatures.Count == 0) return SignatureCheck.Fail($"{Header} has no v1 signature");
        var expected = Hmac.Sha256(secret, t + ".", body);
        if (!signatures.Any(s => Hmac.HexEquals(s, expected)))
            return SignatureCheck.Fail($"no v1 in {Header} matches the body");
        var age = now - DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, 253402300799));
        return age.Duration() <= (tolerance ?? DefaultTolerance)
            ? SignatureCheck.Ok
            : SignatureCheck.Fail($"{Header} timestamp is outside the tolerance (replayed or clock skew)");
    }
}
