using System.Globalization;
using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Testing.Fakes;

/// <summary>In-memory IBlobStore that also keeps every old version, like a versioned bucket.</summary>
public sealed class FakeBlobStore : IBlobStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(BlobArea, string), List<StoredBlob>> _blobs = [];

    public sealed record StoredBlob(byte[] Content, string ContentType);

    public Task PutAsync(BlobArea area, string key, ReadOnlyMemory<byte> content, string contentType, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        lock (_gate)
        {
            if (!_blobs.TryGetValue((area, key), out var versions)) _blobs[(area, key)] = versions = [];
            versions.Add(new StoredBlob(content.ToArray(), contentType));
        }
        return Task.CompletedTask;
    }

    public Task<byte[]?> GetAsync(BlobArea area, string key, CancellationToken ct = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_blobs.TryGetValue((area, key), out var versions) ? (byte[]?)versions[^1].Content.ToArray() : null);
        }
    }

    /// <summary>The number of versions written: it moves on every put.</summary>
    public Task<string?> StampAsync(BlobArea area, string key, CancellationToken ct = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_blobs.TryGetValue((area, key), out var versions) ? versions.Count.ToString(CultureInfo.InvariantCulture) : null);
        }
    }

    public Task<IReadOnlyList<string>> ListAsync(BlobArea area, string prefix, CancellationToken ct = default)
    {
        lock (_gate)
        {
            IReadOnlyList<string> keys = [.. _blobs.Keys
                .Where(k => k.Item1 == area && k.Item2.StartsWith(prefix, StringComparison.Ordinal))
                .Select(k => k.Item2)
                .Order(StringComparer.Ordinal)];
            return Task.FromResult(keys);
        }
    }

    public Task<bool> DeleteAsync(BlobArea area, string key, CancellationToken ct = default)
    {
        lock (_gate) return Task.FromResult(_blobs.Remove((area, key)));
    }

    /// <summary>Every version of a key, oldest first (empty when never written).</summary>
    public IReadOnlyList<StoredBlob> Versions(BlobArea area, string key)
    {
        lock (_gate) return _blobs.TryGetValue((area, key), out var v) ? [.. v] : [];
    }
}
