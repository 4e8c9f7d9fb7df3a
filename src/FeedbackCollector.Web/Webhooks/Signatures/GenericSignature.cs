namespace FeedbackCollector.Web.Webhooks.Signatures;

/// <summary>Our own scheme for any sender: X-FC-Signature: sha256=&lt;hex HMAC-SHA256(shared secret, raw body)&gt;.</summary>
public static class GenericSignature
{
    public const string Header = "X-FC-Signature";

    public static string Sign(string secret, ReadOnlySpan<byte> body) =>
        "sha256=" + Convert.ToHexStringLower(Hmac.Sha256(secret, body));

    public static SignatureCheck Verify(string secret, ReadOnlySpan<byte> body, string? header)
    {
        if (header is null) return SignatureCheck.Fail($"{Header} header is missing");
        var value = header.Trim();
        if (!value.StartsWith("sha256=", StringComparison.OrdinalIgnoreCase))
            return SignatureCheck.Fail($"{Header} must be sha256=<hex>");
        return Hmac.HexEquals(value["sha256=".Length..], Hmac.Sha256(secret, body))
            ? SignatureCheck.Ok
            : SignatureCheck.Fail($"{Header} does not match the body");
    }
}
