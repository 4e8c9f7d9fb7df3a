using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Web.Tests.Fakes;

internal sealed class InMemoryBlobStore : IBlobStore
{
    private int _puts;

    public Dictionary<(BlobArea, string), byte[]> Blobs { get; } = [];

    private Dictionary<(BlobArea, string), int> Stamps { get; } = [];

    public Task PutAsync(BlobArea area, string key, ReadOnlyMemory<byte> content, string contentType, CancellationToken ct = default)
    {
        Blobs[(area, key)] = content.ToArray();
        Stamps[(area, key)] = ++_puts;
        return Task.CompletedTask;
    }

    public Task<string?> StampAsync(BlobArea area, string key, CancellationToken ct = default) =>
        Task.FromResult(Stamps.TryGetValue((area, key), out var n) ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);

    public Task<byte[]?> GetAsync(BlobArea area, string key, CancellationToken ct = default) =>
        Task.FromResult(Blobs.TryGetValue((area, key), out var b) ? b : null);

    public Task<IReadOnlyList<string>> ListAsync(BlobArea area, string prefix, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<string>>(Blobs.Keys.Where(k => k.Item1 == area && k.Item2.StartsWith(prefix, StringComparison.Ordinal))
            .Select(k => k.Item2).Order(StringComparer.Ordinal).ToList());

    public Task<bool> DeleteAsync(BlobArea area, string key, CancellationToken ct = default) =>
        Task.FromResult(Blobs.Remove((area, key)) | Stamps.Remove((area, key)));
}
