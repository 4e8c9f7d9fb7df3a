namespace FeedbackCollector.Core.Ports;

/// <summary>The three blob areas of the design (S3 buckets on AWS, folders locally).</summary>
public enum BlobArea { Customers, Rules, RawMime, Inbox }

/// <summary>Raw bytes kept as received (MIME, webhook bodies) and versioned owner docs.</summary>
public interface IBlobStore
{
    /// <summary>Stores the bytes under key, replacing any current version (old versions may be kept).</summary>
    Task PutAsync(BlobArea area, string key, ReadOnlyMemory<byte> content, string contentType, CancellationToken ct = default);

    /// <summary>The current bytes, or null when the key does not exist.</summary>
    Task<byte[]?> GetAsync(BlobArea area, string key, CancellationToken ct = default);

    /// <summary>
    /// A cheap stamp of the key's current version (an S3 ETag, a file's write time and size), or null when the
    /// key does not exist. It changes whenever the bytes are replaced by different ones and stays the same while
    /// they are not, so a reader can keep what it parsed until the stamp moves (owner docs on every page view).
    /// </summary>
    Task<string?> StampAsync(BlobArea area, string key, CancellationToken ct = default);

    /// <summary>Keys starting with prefix, in key order.</summary>
    Task<IReadOnlyList<string>> ListAsync(BlobArea area, string prefix, CancellationToken ct = default);

    /// <summary>Removes the key and every kept earlier version of it (an erasure on request); false when the key did not exist.</summary>
    Task<bool> DeleteAsync(BlobArea area, string key, CancellationToken ct = default);
}
