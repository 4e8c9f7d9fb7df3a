using System.Text.Json;

namespace FeedbackCollector.Web.Webhooks.Normalizers;

/// <summary>
/// Square: a payment with status COMPLETED is the finished visit (payment.created or payment.updated,
/// both collapse onto the payment id). Decision on bookings: booking.* events are ignored. A Square
/// booking has no "completed" status (ACCEPTED means confirmed, not ended; a later NO_SHOW or
/// cancellation would need the ask withdrawn) and carries only a customer_id, no contact; a finished
/// appointment is paid, and the payment makes the ask, so taking bookings too would ask twice.
/// A sale taken back withdraws the payment's ask: refund.created / refund.updated once the refund is
/// COMPLETED (its payment_id; the refund alone cannot show whether it was partial, so it counts as full),
/// a payment.updated whose status is CANCELED or FAILED, and one with refunded_money (partial when below
/// the payment's total).
/// </summary>
public static class SquareNormalizer
{
    public static WebhookNormalization Normalize(ReadOnlyMemory<byte> body, WebhookSchemeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var doc = Json.Parse(body, out var problem);
        if (doc is null) return WebhookNormalization.Malformed(problem!);
        var type = Json.Str(doc.RootElement, "type");
        if (type is null) return WebhookNormalization.Malformed("type is missing");
        if (type.StartsWith("refund.", StringComparison.Ordinal)) return Refund(Json.Get(doc.RootElement, "data", "object", "refund"), options);
        if (type.StartsWith("booking.", StringComparison.Ordinal))
            return WebhookNormalization.Ignore("bookings are not visits; the payment for the appointment makes the ask");
        if (type is not ("payment.created" or "payment.updated")) return WebhookNormalization.Ignore($"event type {type} is not used");
        var payment = Json.Get(doc.RootElement, "data", "object", "payment");
        return payment is null ? WebhookNormalization.Malformed("data.object.payment is missing") : Payment(payment.Value, options);
    }

    private static WebhookNormalization Payment(JsonElement payment, WebhookSchemeOptions options)
    {
        var id = Json.Str(payment, "id");
        if (id is null) return WebhookNormalization.Malformed("data.object.payment.id is missing");
        var status = Json.Str(payment, "status");
        var email = Json.Str(payment, "buyer_email_address");
        if (status is "CANCELED" or "FAILED")
            return Json.WithdrawalOf("square", id, email, null, "payment " + status.ToLowerInvariant(), options);
        if (status != "COMPLETED") return WebhookNormalization.Ignore($"payment status {status ?? "(none)"}, not COMPLETED");
        if (Json.Amount(payment, "refunded_money", "amount") is { } refunded and > 0)
        {
            var total = Json.Amount(payment, "total_money", "amount") ?? Json.Amount(payment, "amount_money", "amount");
            return Json.WithdrawalOf("square", id, email, null, "refund", options, partial: total is not null && refunded < total);
        }
        var endedAt = Json.Time(payment, "updated_at") ?? Json.Time(payment, "created_at");
        if (endedAt is null) return WebhookNormalization.Malformed("data.object.payment.updated_at is missing or not a date");
        return Json.VisitOf("square", id, null, email, null, options.VisitType, endedAt.Value);
    }

    private static WebhookNormalization Refund(JsonElement? refund, WebhookSchemeOptions options)
    {
        if (refund is null) return WebhookNormalization.Malformed("data.object.refund is missing");
        var paymentId = Json.Str(refund.Value, "payment_id");
        if (paymentId is null) return WebhookNormalization.Malformed("data.object.refund.payment_id is missing");
        var status = Json.Str(refund.Value, "status");
        return status == "COMPLETED"
            ? Json.WithdrawalOf("square", paymentId, null, null, "refund", options)
            : WebhookNormalization.Ignore($"refund status {status ?? "(none)"}, not COMPLETED yet");
    }
}
