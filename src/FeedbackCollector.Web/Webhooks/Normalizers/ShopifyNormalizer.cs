using System.Text.Json;

namespace FeedbackCollector.Web.Webhooks.Normalizers;

/// <summary>
/// Shopify orders/paid: the body is the order (also accepted wrapped as {"order": …}); test orders are ignored.
/// The source id is the order id, so every retry and every later topic for the same order lands on the same
/// ask. A sale taken back withdraws that ask: refunds/create (the refund's order_id; partial when the refunded
/// total is below an order total sent with it, otherwise counted as full, since Shopify's refund body carries
/// none), orders/cancelled, and orders/updated with financial_status refunded, voided or partially_refunded.
/// </summary>
public static class ShopifyNormalizer
{
    public const string TopicHeader = "X-Shopify-Topic";
    public const string WebhookIdHeader = "X-Shopify-Webhook-Id";

    public static WebhookNormalization Normalize(ReadOnlyMemory<byte> body, string? topic, WebhookSchemeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var refundTopic = topic is not null && topic.StartsWith("refunds/", StringComparison.OrdinalIgnoreCase);
        if (topic is not null && !refundTopic && topic.ToLowerInvariant() is not ("orders/paid" or "orders/cancelled" or "orders/updated"))
            return WebhookNormalization.Ignore($"topic {topic} is not used (subscribe to orders/paid, refunds/create and orders/cancelled)");
        using var doc = Json.Parse(body, out var problem);
        if (doc is null) return WebhookNormalization.Malformed(problem!);
        var root = doc.RootElement;
        if (refundTopic || Json.Get(root, "refund") is not null || Json.Get(root, "refund_line_items") is not null)
            return Refund(Json.Get(root, "refund") ?? root, Json.Get(root, "order"), options);
        return Order(Json.Get(root, "order") ?? root, topic?.ToLowerInvariant(), options);
    }

    private static WebhookNormalization Order(JsonElement order, string? topic, WebhookSchemeOptions options)
    {
        var id = Json.Str(order, "id");
        if (id is null) return WebhookNormalization.Malformed("order.id is missing");
        if (Json.True(order, "test") && !options.AcceptTestEvents) return WebhookNormalization.Ignore("test order");
        var email = Json.Str(order, "email") ?? Json.Str(order, "contact_email") ?? Json.Str(order, "customer", "email");
        var phone = Json.Str(order, "phone") ?? Json.Str(order, "customer", "phone") ?? Json.Str(order, "billing_address", "phone");
        if (topic == "orders/cancelled" || Json.Get(order, "cancelled_at") is not null)
            return Json.WithdrawalOf("shopify", id, email, phone, "cancelled order", options);
        switch (Json.Str(order, "financial_status"))
        {
            case "refunded": return Json.WithdrawalOf("shopify", id, email, phone, "refund", options);
            case "voided": return Json.WithdrawalOf("shopify", id, email, phone, "void", options);
            case "partially_refunded" when topic == "orders/updated":
                return Json.WithdrawalOf("shopify", id, email, phone, "refund", options, partial: true);
        }
        if (topic == "orders/updated") return WebhookNormalization.Ignore("orders/updated: the order is not refunded or cancelled");
        var endedAt = Json.Time(order, "processed_at") ?? Json.Time(order, "created_at");
        if (endedAt is null) return WebhookNormalization.Malformed("order.processed_at and order.created_at are missing or not dates");
        return Json.VisitOf("shopify", id,
            Json.Str(order, "customer", "first_name") ?? Json.Str(order, "billing_address", "first_name"),
            email, phone, options.VisitType, endedAt.Value, Json.Entry(order, "note_attributes", "name", "consent"));
    }

    private static WebhookNormalization Refund(JsonElement refund, JsonElement? order, WebhookSchemeOptions options)
    {
        var orderId = Json.Str(refund, "order_id");
        if (orderId is null) return WebhookNormalization.Malformed("refund.order_id is missing");
        var refunded = RefundedTotal(refund);
        var orderTotal = order is { } o ? Json.Amount(o, "total_price") : null;
        var partial = refunded is not null && orderTotal is not null && refunded < orderTotal;
        return Json.WithdrawalOf("shopify", orderId, null, null, "refund", options, partial);
    }

    /// <summary>The sum of the refund's successful refund transactions; null when it lists none.</summary>
    private static decimal? RefundedTotal(JsonElement refund)
    {
        if (Json.Get(refund, "transactions") is not { ValueKind: JsonValueKind.Array } transactions) return null;
        decimal? total = null;
        foreach (var t in transactions.EnumerateArray())
        {
            if (Json.Str(t, "kind") is "refund" && Json.Str(t, "status") is null or "success" && Json.Amount(t, "amount") is { } amount)
                total = (total ?? 0) + amount;
        }
        return total;
    }
}
