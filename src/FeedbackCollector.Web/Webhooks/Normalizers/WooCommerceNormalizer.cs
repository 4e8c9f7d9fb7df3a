using System.Text;
using System.Text.Json;

namespace FeedbackCollector.Web.Webhooks.Normalizers;

/// <summary>
/// WooCommerce order.created / order.updated: an order with status "completed" is the visit (the order id
/// collapses both topics). An order.updated to any other status (refunded, cancelled, failed, and every other
/// move out of completed) withdraws the order's pending ask, as WooCommerce itself does for its own review
/// requests (woocommerce/woocommerce#64743); a completed order listing refunds is a partial refund. The
/// creation ping (form body "webhook_id=…") is recognised as a ping.
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
        return Order(doc.RootElement, topic ?? "order.updated", options);
    }

    private static WebhookNormalization Order(JsonElement order, string topic, WebhookSchemeOptions options)
    {
        var id = Json.Str(order, "id");
        if (id is null) return WebhookNormalization.Malformed("id is missing");
        var status = Json.Str(order, "status");
        var email = Json.Str(order, "billing", "email");
        var phone = Json.Str(order, "billing", "phone");
        if (status != "completed")
        {
            return status is "refunded" or "cancelled" or "failed" || (topic == "order.updated" && status is not null)
                ? Json.WithdrawalOf("woocommerce", id, email, phone, "order " + status, options)
                : WebhookNormalization.Ignore($"order status {status ?? "(none)"}, not completed");
        }
        if (options.WithdrawOnPartialRefund && Json.Get(order, "refunds") is { ValueKind: JsonValueKind.Array } refunds && refunds.GetArrayLength() > 0)
            return Json.WithdrawalOf("woocommerce", id, email, phone, "refund", options, partial: true);
        var endedAt = Json.Time(order, "date_completed_gmt") ?? Json.Time(order, "date_modified_gmt") ?? Json.Time(order, "date_created_gmt");
        if (endedAt is null) return WebhookNormalization.Malformed("date_completed_gmt is missing or not a date");
        return Json.VisitOf("woocommerce", id, Json.Str(order, "billing", "first_name"), email, phone, options.VisitType, endedAt.Value,
            Json.Entry(order, "meta_data", "key", "consent"));
    }
}
