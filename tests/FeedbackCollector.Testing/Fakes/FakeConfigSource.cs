using System.Collections.Concurrent;
using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Testing.Fakes;

/// <summary>Settings from a dictionary, each with the origin the test names (default "fake").</summary>
public sealed class FakeConfigSource : IConfigSource
{
    private readonly ConcurrentDictionary<string, ConfigValue> _values = new(StringComparer.Ordinal);

    public FakeConfigSource Set(string key, string value, string origin = "fake")
    {
        _values[key] = new ConfigValue(key, value, origin);
        return this;
    }

    public Task<IReadOnlyDictionary<string, ConfigValue>> LoadAsync(CancellationToken ct = default)
    {
        IReadOnlyDictionary<string, ConfigValue> snapshot = new Dictionary<string, ConfigValue>(_values, StringComparer.Ordinal);
        return Task.FromResult(snapshot);
    }
}
