using System.Text;
using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Web.Webhooks;

/// <summary>
/// The inbox on the blob store (a folder locally, S3 on AWS): "webhooks/{scheme}/{key}.body" holds the raw
/// body, "webhooks/{scheme}/{key}.done" the outcome. The ".done" check only saves work: visits are
/// idempotent by ask id, so a race between two retries cannot make a second ask.
/// </summary>
public sealed class BlobWebhookInbox(IBlobStore blobs) : IWebhookInbox
{
    public async Task<bool> KeepAsync(RawWebhook raw, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var prefix = Prefix(raw.Scheme, raw.DeliveryKey);
        if (await blobs.GetAsync(BlobArea.Inbox, prefix + ".done", ct) is not null) return true;
        await blobs.PutAsync(BlobArea.Inbox, prefix + ".body", raw.Body, raw.ContentType ?? "application/octet-stream", ct);
        return false;
    }

    public Task MarkProcessedAsync(string scheme, string deliveryKey, string outcome, CancellationToken ct = default) =>
        blobs.PutAsync(BlobArea.Inbox, Prefix(scheme, deliveryKey) + ".done", Encoding.UTF8.GetBytes(outcome), "text/plain", ct);

    /// <summary>Keys come from headers; keep only characters that are safe in a path and an S3 key.</summary>
    private static string Prefix(string scheme, string key)
    {
        var safe = new string(key.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.').Take(120).ToArray());
        return $"webhooks/{scheme}/{(safe.Length == 0 ? "none" : safe)}";
    }
}
