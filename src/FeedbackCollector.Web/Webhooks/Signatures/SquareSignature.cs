namespace FeedbackCollector.Web.Webhooks.Signatures;

/// <summary>
/// Square: x-square-hmacsha256-signature = base64(HMAC-SHA256(signature key, notification URL + raw body)).
/// The URL is the one registered with Square, exactly; a proxy that changes it breaks verification by design.
/// </summary>
public static class SquareSignature
{
    public const string Header = "x-square-hmacsha256-signature";

    public static string Sign(string signatureKey, string notificationUrl, ReadOnlySpan<byte> body) =>
        Convert.ToBase64String(Hmac.Sha256(signatureKey, notificationUrl, body));

    public static SignatureCheck Verify(string signatureKey, string notificationUrl, ReadOnlySpan<byte> body, string? header) =>
        header is null ? SignatureCheck.Fail($"{Header} header is missing")
        : Hmac.Base64Equals(header, Hmac.Sha256(signatureKey, notificationUrl, body)) ? SignatureCheck.Ok
        : SignatureCheck.Fail($"{Header} does not match the notification URL and body");
}
