using System.Text;
using FeedbackCollector.Web.Http;
using FeedbackCollector.Web.Webhooks;
using FeedbackCollector.Web.Webhooks.Signatures;

namespace FeedbackCollector.Testing.Webhooks;

/// <summary>Every scheme configured with one secret, and deliveries signed the way each provider signs.</summary>
public static class SignedDeliveries
{
    public const string Secret = "withdraw-secret";
    public const string SquareUrl = "https://fb.example.com/webhook/square";

    public static Dictionary<string, WebhookSchemeOptions> Schemes() =>
        WebhookScheme.All.ToDictionary(s => s, s => new WebhookSchemeOptions(Secret, s == WebhookScheme.Square ? SquareUrl : null, VisitType: "visit"));

    public static WebRequest Request(SchemeDelivery delivery, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        return new WebRequest("POST", "/webhook/" + delivery.Scheme, new Dictionary<string, string>(), Headers(delivery, Secret, SquareUrl, now),
            Encoding.UTF8.GetBytes(delivery.Body), "127.0.0.1");
    }

    /// <summary>The delivery's own headers, its content type and the scheme's signature header over its body.</summary>
    public static Dictionary<string, string> Headers(SchemeDelivery delivery, string secret, string squareUrl, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var body = Encoding.UTF8.GetBytes(delivery.Body);
        var headers = new Dictionary<string, string>(delivery.Headers, StringComparer.OrdinalIgnoreCase) { ["Content-Type"] = "application/json" };
        var (name, value) = delivery.Scheme switch
        {
            "shopify" => (ShopifySignature.Header, ShopifySignature.Sign(secret, body)),
            "square" => (SquareSignature.Header, SquareSignature.Sign(secret, squareUrl, body)),
            "stripe" => (StripeSignature.Header, StripeSignature.Sign(secret, body, now)),
            "woocommerce" => (WooCommerceSignature.Header, WooCommerceSignature.Sign(secret, body)),
            _ => (GenericSignature.Header, GenericSignature.Sign(secret, body)),
        };
        headers[name] = value;
        return headers;
    }
}
