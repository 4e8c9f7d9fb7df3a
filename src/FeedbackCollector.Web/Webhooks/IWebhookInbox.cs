namespace FeedbackCollector.Web.Webhooks;

/// <summary>A verified webhook body as received, kept before it is parsed so nothing is lost.</summary>
/// <param name="DeliveryKey">The sender's delivery id when it has one (Shopify, WooCommerce), else "sha256-" + the body's hash.</param>
public sealed record RawWebhook(string Scheme, string DeliveryKey, ReadOnlyMemory<byte> Body, string? ContentType, DateTimeOffset ReceivedAt);

/// <summary>Where raw webhook bodies are kept and their outcome noted. <see cref="BlobWebhookInbox"/> is the ready-made one.</summary>
public interface IWebhookInbox
{
    /// <summary>Keeps the raw body (idempotent per scheme and key). True when this delivery was already processed to the end.</summary>
    Task<bool> KeepAsync(RawWebhook raw, CancellationToken ct = default);

    /// <summary>Notes how the delivery ended ("visits 1", "ignored: refund", "malformed: …"); a delivery without a note is retried.</summary>
    Task MarkProcessedAsync(string scheme, string deliveryKey, string outcome, CancellationToken ct = default);
}
