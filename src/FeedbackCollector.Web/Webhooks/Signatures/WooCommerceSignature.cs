namespace FeedbackCollector.Web.Webhooks.Signatures;

/// <summary>WooCommerce: X-WC-Webhook-Signature = base64(HMAC-SHA256(webhook secret, raw body)).</summary>
public static class WooCommerceSignature
{
    public const string Header = "X-WC-Webhook-Signature";

    public static string Sign(string secret, ReadOnlySpan<byte> body) => Convert.ToBase64String(Hmac.Sha256(secret, body));

    public static SignatureCheck Verify(string secret, ReadOnlySpan<byte> body, string? header) =>
        header is null ? SignatureCheck.Fail($"{Header} header is missing")
        : Hmac.Base64Equals(header, Hmac.Sha256(secret, body)) ? SignatureCheck.Ok
        : SignatureCheck.Fail($"{Header} does not match the body");
}
