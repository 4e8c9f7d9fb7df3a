using System.Collections.Concurrent;
using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Testing.Fakes;

/// <summary>Settings from a dictionary, each with the origin the test names (default "fake:KEY"). Keys ignore case, as the real sources' do.</summary>
public sealed class FakeConfigSource : IConfigSource
{
    private readonly ConcurrentDictionary<string, ConfigValue> _values = new(StringComparer.OrdinalIgnoreCase);

    public FakeConfigSource Set(string key, string value, string? origin = null)
    {
        _values[key] = new ConfigValue(key, value, origin ?? "fake:" + key);
        return this;
    }

    public Task<IReadOnlyDictionary<string, ConfigValue>> LoadAsync(CancellationToken ct = default)
    {
        IReadOnlyDictionary<string, ConfigValue> snapshot = new Dictionary<string, ConfigValue>(_values, StringComparer.OrdinalIgnoreCase);
        return Task.FromResult(snapshot);
    }
}
