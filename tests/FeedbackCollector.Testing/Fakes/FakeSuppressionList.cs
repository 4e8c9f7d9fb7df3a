using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Testing.Fakes;

public sealed record Suppression(string Key, string Reason, DateTimeOffset At);

/// <summary>In-memory suppression list keyed by <see cref="SuppressionKey.For"/>; the first reason is kept.</summary>
public sealed class FakeSuppressionList : ISuppressionList
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Suppression> _entries = new(StringComparer.Ordinal);

    public IReadOnlyList<Suppression> All
    {
        get { lock (_gate) return [.. _entries.Values]; }
    }

    public Task<bool> IsSuppressedAsync(string address, CancellationToken ct = default)
    {
        lock (_gate) return Task.FromResult(_entries.ContainsKey(SuppressionKey.For(address)));
    }

    public Task<IReadOnlySet<string>> SuppressedAmongAsync(IReadOnlyCollection<string> addresses, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        lock (_gate)
        {
            IReadOnlySet<string> found = addresses.Where(a => _entries.ContainsKey(SuppressionKey.For(a))).ToHashSet(StringComparer.Ordinal);
            return Task.FromResult(found);
        }
    }

    public Task AddAsync(string address, string reason, DateTimeOffset at, CancellationToken ct = default)
    {
        var key = SuppressionKey.For(address);
        lock (_gate) _entries.TryAdd(key, new Suppression(key, reason, at));
        return Task.CompletedTask;
    }

    public Task<bool> RemoveAsync(string address, CancellationToken ct = default)
    {
        lock (_gate) return Task.FromResult(_entries.Remove(SuppressionKey.For(address)));
    }
}
