using System.Text;
using System.Text.Json;

namespace FeedbackCollector.Web.Webhooks.Normalizers;

/// <summary>
/// WooCommerce order.created / order.updated: an order with status "completed" is the visit (the order id
/// collapses both topics). The creation ping (form body "webhook_id=…") is recognised as a ping.
/// </summary>
public static class WooCommerceNormalizer
{
    public const string TopicHeader = "X-WC-Webhook-Topic";
    public const string DeliveryHeader = "X-WC-Webhook-Delivery-ID";

    /// <summary>WooCommerce's "is this URL alive?" request sent when a webhook is created: unsigned, form-encoded.</summary>
    public static bool IsPing(ReadOnlySpan<byte> body) =>
        body.Length < 200 && Encoding.ASCII.GetString(body).StartsWith("webhook_id=", StringComparison.Ordinal);

    public static WebhookNormalization Normalize(ReadOnlyMemory<byte> body, string? topic, WebhookSchemeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (IsPing(body.Span)) return WebhookNormalization.Ping;
        if (topic is not null && topic is not ("order.created" or "order.updated"))
            return WebhookNormalization.Ignore($"topic {topic} is not used (subscribe to order.updated)");
        using var doc = Json.Parse(body, out var problem);
        if (doc is null) return WebhookNormalization.Malformed(problem!);
        return Order(doc.RootElement, options);
    }

    private static WebhookNormalization Order(JsonElement order, WebhookSchemeOptions options)
    {
        var id = Json.Str(order, "id");
        if (id is null) return WebhookNormalization.Malformed("id is missing");
        var status = Json.Str(order, "status");
        if (status is "refunded" or "cancelled" or "failed") return WebhookNormalization.Ignore($"order {status}");
        if (status != "completed") return WebhookNormalization.Ignore($"order status {status ?? "(none)"}, not completed");
        var endedAt = Json.Time(order, "date_completed_gmt") ?? Json.Time(order, "date_modified_gmt") ?? Json.Time(order, "date_created_gmt");
        if (endedAt is null) return WebhookNormalization.Malformed("date_completed_gmt is missing or not a date");
        return Json.VisitOf("woocommerce", id, Json.Str(order, "billing", "first_name"),
            Json.Str(order, "billing", "email"), Json.Str(order, "billing", "phone"), options.VisitType, endedAt.Value);
    }
}
