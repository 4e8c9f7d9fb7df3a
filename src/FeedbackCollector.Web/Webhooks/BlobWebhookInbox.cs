using System.Security.Cryptography;
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

    /// <summary>
    /// Keys come from headers. A key that is already safe in a path and an S3 key is used as it is (so keys kept
    /// before stay the same); any other key is named by its hash, because dropping the unsafe characters made
    /// different deliveries ("x:3" and "x 3") one key, and the second was answered "duplicate" and lost.
    /// </summary>
    private static string Prefix(string scheme, string key)
    {
        var safe = key.Length is > 0 and <= 120 && !key.Contains("..", StringComparison.Ordinal)
            && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
            ? key
            : "h-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..40];
        return $"webhooks/{scheme}/{safe}";
    }
}
