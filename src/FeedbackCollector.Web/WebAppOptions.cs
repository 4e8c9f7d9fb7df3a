using FeedbackCollector.Web.Webhooks;

namespace FeedbackCollector.Web;

/// <summary>Typed settings the composition root reads once and passes in.</summary>
/// <param name="OwnerSecret">The owner page key; null disables /owner (404).</param>
/// <param name="Webhooks">Configured schemes by name ("generic", "shopify", "square", "stripe", "woocommerce"); others answer 404.</param>
/// <param name="SecureCookies">Mark the owner cookie Secure; turn off only for plain-http local serving.</param>
public sealed record WebAppOptions(
    string? OwnerSecret,
    IReadOnlyDictionary<string, WebhookSchemeOptions> Webhooks,
    int MaxBodyBytes = 1024 * 1024,
    bool SecureCookies = true)
{
    public TimeSpan OwnerSessionLifetime { get; init; } = TimeSpan.FromDays(30);

    /// <summary>Twilio's inbound SMS webhook (POST /sms/twilio): the auth token its signature is keyed with, and the public URL it signs. Unset: 404.</summary>
    public (string AuthToken, Uri PublicUrl)? TwilioInbound { get; init; }
}
