using System.Collections.Concurrent;
using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Testing.Fakes;

/// <summary>Secrets from a dictionary; <see cref="Reads"/> counts reads so caching can be tested.</summary>
public sealed class FakeSecretSource : ISecretSource
{
    private readonly ConcurrentDictionary<string, string> _values = new(StringComparer.Ordinal);
    private int _reads;

    public int Reads => Volatile.Read(ref _reads);

    public FakeSecretSource Set(string name, string value)
    {
        _values[name] = value;
        return this;
    }

    public Task<string?> GetAsync(string name, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Interlocked.Increment(ref _reads);
        return Task.FromResult(_values.TryGetValue(name, out var v) ? v : null);
    }
}
