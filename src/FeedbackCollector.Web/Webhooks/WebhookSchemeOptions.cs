namespace FeedbackCollector.Web.Webhooks;

/// <summary>Settings for one webhook scheme (one sender).</summary>
/// <param name="Secret">The shared secret / signing key; never logged.</param>
/// <param name="NotificationUrl">Square only: the exact URL registered with Square (part of the signed message).</param>
/// <param name="AcceptTestEvents">Take test orders / Stripe test-mode events as real (for trials); off by default.</param>
/// <param name="VisitType">Visit type for senders whose payload has none (shops, POS); generic payloads name their own.</param>
/// <param name="WithdrawOnPartialRefund">A partial refund withdraws the pending ask too; off by default (only a full
/// refund, a void or a cancellation does). A refund whose extent the payload cannot show counts as full.</param>
public sealed record WebhookSchemeOptions(
    string Secret,
    string? NotificationUrl = null,
    bool AcceptTestEvents = false,
    string VisitType = "purchase",
    bool WithdrawOnPartialRefund = false);
