using System.Text.Json;

namespace FeedbackCollector.Web.Webhooks.Normalizers;

/// <summary>
/// Stripe events: checkout.session.completed (paid) and charge.succeeded. Both use the payment intent
/// as the source id when there is one, so a shop subscribed to both gets one ask per sale. A sale taken back
/// withdraws that ask: charge.refunded (full when amount_refunded reaches amount, else partial),
/// payment_intent.canceled and checkout.session.expired. Other refund and dispute events are dropped;
/// test-mode events (livemode false) are dropped unless the options accept them.
/// </summary>
public static class StripeNormalizer
{
    private static readonly string[] Used =
        ["checkout.session.completed", "charge.succeeded", "charge.refunded", "payment_intent.canceled", "checkout.session.expired"];

    public static WebhookNormalization Normalize(ReadOnlyMemory<byte> body, WebhookSchemeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var doc = Json.Parse(body, out var problem);
        if (doc is null) return WebhookNormalization.Malformed(problem!);
        var root = doc.RootElement;
        var type = Json.Str(root, "type");
        if (type is null) return WebhookNormalization.Malformed("type is missing");
        if (!Used.Contains(type))
        {
            return type.StartsWith("charge.refund", StringComparison.Ordinal) || type.StartsWith("refund.", StringComparison.Ordinal)
                || type.StartsWith("charge.dispute", StringComparison.Ordinal)
                ? WebhookNormalization.Ignore("refund or dispute (charge.refunded withdraws the ask)")
                : WebhookNormalization.Ignore($"event type {type} is not used");
        }
        if (!Json.True(root, "livemode") && !options.AcceptTestEvents) return WebhookNormalization.Ignore("test-mode event (livemode false)");
        var obj = Json.Get(root, "data", "object");
        if (obj is null) return WebhookNormalization.Malformed("data.object is missing");
        var endedAt = Json.Time(root, "created") ?? Json.Time(obj.Value, "created");
        if (endedAt is null) return WebhookNormalization.Malformed("created is missing or not a unix time");
        return type switch
        {
            "charge.succeeded" => Charge(obj.Value, options, endedAt.Value),
            "checkout.session.completed" => Session(obj.Value, options, endedAt.Value),
            _ => Withdrawal(type, obj.Value, options),
        };
    }

    private static WebhookNormalization Withdrawal(string type, JsonElement obj, WebhookSchemeOptions options)
    {
        var id = type == "payment_intent.canceled" ? Json.Str(obj, "id") : Json.Str(obj, "payment_intent") ?? Json.Str(obj, "id");
        if (id is null) return WebhookNormalization.Malformed("data.object.id is missing");
        var email = Json.Str(obj, "billing_details", "email") ?? Json.Str(obj, "customer_details", "email") ?? Json.Str(obj, "receipt_email");
        var phone = Json.Str(obj, "billing_details", "phone") ?? Json.Str(obj, "customer_details", "phone");
        if (type == "payment_intent.canceled") return Json.WithdrawalOf("stripe", id, email, phone, "payment canceled", options);
        if (type == "checkout.session.expired") return Json.WithdrawalOf("stripe", id, email, phone, "checkout expired", options);
        var amount = Json.Amount(obj, "amount");
        var refunded = Json.Amount(obj, "amount_refunded");
        var partial = !Json.True(obj, "refunded") && amount is not null && refunded is not null && refunded < amount;
        return Json.WithdrawalOf("stripe", id, email, phone, "refund", options, partial);
    }

    private static WebhookNormalization Session(JsonElement session, WebhookSchemeOptions options, DateTimeOffset endedAt)
    {
        var id = Json.Str(session, "payment_intent") ?? Json.Str(session, "id");
        if (id is null) return WebhookNormalization.Malformed("data.object.id is missing");
        if (Json.Str(session, "payment_status") is not ("paid" or "no_payment_required"))
            return WebhookNormalization.Ignore("checkout session is not paid yet");
        return Json.VisitOf("stripe", id, Json.FirstWord(Json.Str(session, "customer_details", "name")),
            Json.Str(session, "customer_details", "email") ?? Json.Str(session, "customer_email"),
            Json.Str(session, "customer_details", "phone"), options.VisitType, endedAt, Json.ConsentValue(session, "metadata", "consent"));
    }

    private static WebhookNormalization Charge(JsonElement charge, WebhookSchemeOptions options, DateTimeOffset endedAt)
    {
        var id = Json.Str(charge, "payment_intent") ?? Json.Str(charge, "id");
        if (id is null) return WebhookNormalization.Malformed("data.object.id is missing");
        if (Json.True(charge, "refunded")) return WebhookNormalization.Ignore("refunded charge");
        if (Json.Str(charge, "status") is { } status && status != "succeeded")
            return WebhookNormalization.Ignore($"charge status {status}");
        return Json.VisitOf("stripe", id, Json.FirstWord(Json.Str(charge, "billing_details", "name")),
            Json.Str(charge, "billing_details", "email") ?? Json.Str(charge, "receipt_email"),
            Json.Str(charge, "billing_details", "phone"), options.VisitType, endedAt, Json.ConsentValue(charge, "metadata", "consent"));
    }
}
