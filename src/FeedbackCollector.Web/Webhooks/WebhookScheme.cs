using FeedbackCollector.Web.Http;
using FeedbackCollector.Web.Webhooks.Normalizers;
using FeedbackCollector.Web.Webhooks.Signatures;

namespace FeedbackCollector.Web.Webhooks;

/// <summary>The senders we understand, by the name in the path /webhook/{scheme}. Each pairs a signature check with a normalizer.</summary>
public static class WebhookScheme
{
    public const string Generic = "generic";
    public const string Shopify = "shopify";
    public const string Square = "square";
    public const string Stripe = "stripe";
    public const string WooCommerce = "woocommerce";

    public static IReadOnlyList<string> All { get; } = [Generic, Shopify, Square, Stripe, WooCommerce];

    internal static SignatureCheck Verify(string scheme, WebRequest request, WebhookSchemeOptions options, DateTimeOffset now)
    {
        var body = request.Body.Span;
        return scheme switch
        {
            Shopify => ShopifySignature.Verify(options.Secret, body, request.Header(ShopifySignature.Header)),
            Square => options.NotificationUrl is null
                ? SignatureCheck.Fail("Square needs the registered notification URL in its options")
                : SquareSignature.Verify(options.Secret, options.NotificationUrl, body, request.Header(SquareSignature.Header)),
            Stripe => StripeSignature.Verify(options.Secret, body, request.Header(StripeSignature.Header), now),
            WooCommerce => WooCommerceSignature.Verify(options.Secret, body, request.Header(WooCommerceSignature.Header)),
            _ => GenericSignature.Verify(options.Secret, body, request.Header(GenericSignature.Header)),
        };
    }

    /// <summary>
    /// The normaliser's reading; a field that cannot be read (not text, a date out of range) is Malformed naming
    /// it, so the delivery is settled with a 400 and never retried into a 5xx for days.
    /// </summary>
    internal static WebhookNormalization Normalize(string scheme, WebRequest request, WebhookSchemeOptions options)
    {
        try
        {
            return NormalizeUnchecked(scheme, request, options);
        }
        catch (MalformedFieldException ex)
        {
            return WebhookNormalization.Malformed(ex.Message);
        }
    }

    private static WebhookNormalization NormalizeUnchecked(string scheme, WebRequest request, WebhookSchemeOptions options) => scheme switch
    {
        Shopify => ShopifyNormalizer.Normalize(request.Body, request.Header(ShopifyNormalizer.TopicHeader), options),
        Square => SquareNormalizer.Normalize(request.Body, options),
        Stripe => StripeNormalizer.Normalize(request.Body, options),
        WooCommerce => WooCommerceNormalizer.Normalize(request.Body, request.Header(WooCommerceNormalizer.TopicHeader), options),
        _ => GenericNormalizer.Normalize(request.Body, options),
    };

    /// <summary>The sender's own delivery id where it sends one; else the body hash (a retry resends the same bytes).</summary>
    internal static string DeliveryKey(string scheme, WebRequest request)
    {
        var id = scheme switch
        {
            Shopify => request.Header(ShopifyNormalizer.WebhookIdHeader),
            WooCommerce => request.Header(WooCommerceNormalizer.DeliveryHeader),
            _ => null,
        };
        return !string.IsNullOrWhiteSpace(id) && id.Length <= 120
            ? id.Trim()
            : "sha256-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(request.Body.Span));
    }
}
