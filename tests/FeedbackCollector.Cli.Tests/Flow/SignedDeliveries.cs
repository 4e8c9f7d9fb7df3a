using System.Text;
using FeedbackCollector.Testing.Webhooks;
using FeedbackCollector.Web.Http;
using FeedbackCollector.Web.Webhooks;
using FeedbackCollector.Web.Webhooks.Signatures;

namespace FeedbackCollector.Cli.Tests.Flow;

/// <summary>Every scheme configured with one secret, and deliveries signed the way each provider signs.</summary>
internal static class SignedDeliveries
{
    public const string Secret = "withdraw-secret";
    public const string SquareUrl = "https://fb.example.com/webhook/square";

    public static Dictionary<string, WebhookSchemeOptions> Schemes() =>
        WebhookScheme.All.ToDictionary(s => s, s => new WebhookSchemeOptions(Secret, s == WebhookScheme.Square ? SquareUrl : null, VisitType: "visit"));

    public static WebRequest Request(SchemeDelivery delivery, DateTimeOffset now)
    {
        var body = Encoding.UTF8.GetBytes(delivery.Body);
        var headers = new Dictionary<string, string>(delivery.Headers, StringComparer.OrdinalIgnoreCase) { ["Content-Type"] = "application/json" };
        var (name, value) = delivery.Scheme switch
        {
            "shopify" => (ShopifySignature.Header, ShopifySignature.Sign(Secret, body)),
            "square" => (SquareSignature.Header, SquareSignature.Sign(Secret, SquareUrl, body)),
            "stripe" => (StripeSignature.Header, StripeSignature.Sign(Secret, body, now)),
            "woocommerce" => (WooCommerceSignature.Header, WooCommerceSignature.Sign(Secret, body)),
            _ => (GenericSignature.Header, GenericSignature.Sign(Secret, body)),
        };
        headers[name] = value;
        return new WebRequest("POST", "/webhook/" + delivery.Scheme, new Dictionary<string, string>(), headers, body, "127.0.0.1");
    }
}
