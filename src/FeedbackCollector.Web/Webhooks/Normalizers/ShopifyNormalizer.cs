using System.Text.Json;

namespace FeedbackCollector.Web.Webhooks.Normalizers;

/// <summary>
/// Shopify orders/paid: the body is the order (also accepted wrapped as {"order": …}). Test orders,
/// cancelled orders and anything refund-shaped are ignored. The source id is the order id, so every
/// retry and every later topic for the same order lands on the same ask.
/// </summary>
public static class ShopifyNormalizer
{
    public const string TopicHeader = "X-Shopify-Topic";
    public const string WebhookIdHeader = "X-Shopify-Webhook-Id";

    public static WebhookNormalization Normalize(ReadOnlyMemory<byte> body, string? topic, WebhookSchemeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (topic is not null && topic.StartsWith("refunds/", StringComparison.OrdinalIgnoreCase))
            return WebhookNormalization.Ignore("refund");
        if (topic is not null && !topic.Equals("orders/paid", StringComparison.OrdinalIgnoreCase))
            return WebhookNormalization.Ignore($"topic {topic} is not used (subscribe to orders/paid)");
        using var doc = Json.Parse(body, out var problem);
        if (doc is null) return WebhookNormalization.Malformed(problem!);
        var root = doc.RootElement;
        if (Json.Get(root, "refund") is not null || Json.Get(root, "refund_line_items") is not null)
            return WebhookNormalization.Ignore("refund");
        return Order(Json.Get(root, "order") ?? root, options);
    }

    private static WebhookNormalization Order(JsonElement order, WebhookSchemeOptions options)
    {
        var id = Json.Str(order, "id");
        if (id is null) return WebhookNormalization.Malformed("order.id is missing");
        if (Json.True(order, "test") && !options.AcceptTestEvents) return WebhookNormalization.Ignore("test order");
        if (Json.Get(order, "cancelled_at") is not null) return WebhookNormalization.Ignore("cancelled order");
        if (Json.Str(order, "financial_status") is "refunded" or "voided")
            return WebhookNormalization.Ignore("refunded or voided order");
        var endedAt = Json.Time(order, "processed_at") ?? Json.Time(order, "created_at");
        if (endedAt is null) return WebhookNormalization.Malformed("order.processed_at and order.created_at are missing or not dates");
        return Json.VisitOf("shopify", id,
            Json.Str(order, "customer", "first_name") ?? Json.Str(order, "billing_address", "first_name"),
            Json.Str(order, "email") ?? Json.Str(order, "contact_email") ?? Json.Str(order, "customer", "email"),
            Json.Str(order, "phone") ?? Json.Str(order, "customer", "phone") ?? Json.Str(order, "billing_address", "phone"),
            options.VisitType, endedAt.Value);
    }
}
