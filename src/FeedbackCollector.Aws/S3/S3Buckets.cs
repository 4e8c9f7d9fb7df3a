using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Aws.S3;

/// <summary>
/// The design's three buckets. Their real names are unique per account and region (the stack makes them);
/// inbox blobs (raw webhook bodies) share the raw bucket under their own prefix.
/// </summary>
public sealed record S3Buckets(string Customers, string Rules, string RawMime)
{
    internal (string Bucket, string Prefix) Locate(BlobArea area) => area switch
    {
        BlobArea.Customers => (Customers, ""),
        BlobArea.Rules => (Rules, ""),
        BlobArea.RawMime => (RawMime, ""),
        BlobArea.Inbox => (RawMime, "inbox/"),
        _ => throw new ArgumentOutOfRangeException(nameof(area), area, "unknown blob area"),
    };
}
