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

    public Task AddAsync(string address, string reason, DateTimeOffset at, CancellationToken ct = default) =>
        inner.AddAsync(address, reason, at, ct);

    public Task<bool> RemoveAsync(string address, CancellationToken ct = default) => inner.RemoveAsync(address, ct);
}
