using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Core.Privacy;

/// <summary>
/// The suppression list as the flow reads it: an address is suppressed when it is listed, or when an erased customer's
/// unsubscribe was kept as its hash (<see cref="ErasureStubs.SuppressionHash"/>), so erasing someone never starts
/// mailing them again.
/// </summary>
public sealed class ErasedSuppressions(ISuppressionList inner) : ISuppressionList
{
    public async Task<bool> IsSuppressedAsync(string address, CancellationToken ct = default) =>
        await inner.IsSuppressedAsync(address, ct) || await inner.IsSuppressedAsync(ErasureStubs.SuppressionHash(address), ct);

    /// <summary>One read of the addresses and their hashes together; an address is suppressed when either is listed.</summary>
    public async Task<IReadOnlySet<string>> SuppressedAmongAsync(IReadOnlyCollection<string> addresses, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        var hashes = addresses.Distinct(StringComparer.Ordinal).ToDictionary(a => a, ErasureStubs.SuppressionHash, StringComparer.Ordinal);
        var listed = await inner.SuppressedAmongAsync([.. hashes.Keys, .. hashes.Values], ct);
        return hashes.Where(h => listed.Contains(h.Key) || listed.Contains(h.Value)).Select(h => h.Key).ToHashSet(StringComparer.Ordinal);
    }

    public Task AddAsync(string address, string reason, DateTimeOffset at, CancellationToken ct = default) =>
        inner.AddAsync(address, reason, at, ct);

    public Task<bool> RemoveAsync(string address, CancellationToken ct = default) => inner.RemoveAsync(address, ct);
}
