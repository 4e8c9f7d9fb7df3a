using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Privacy;

namespace FeedbackCollector.Testing.Fakes;

/// <summary>In-memory IContactTraces: named texts (as a runtime's sent-message files would be).</summary>
public sealed class FakeContactTraces : IContactTraces
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> All
    {
        get { lock (_gate) return new Dictionary<string, string>(_texts); }
    }

    public void Add(string name, string text)
    {
        lock (_gate) _texts[name] = text;
    }

    public Task<IReadOnlyList<string>> FindAsync(ContactMatcher contact, CancellationToken ct = default)
    {
        lock (_gate) return Task.FromResult<IReadOnlyList<string>>([.. _texts.Where(t => contact.Names(t.Value)).Select(t => t.Key).Order(StringComparer.Ordinal)]);
    }

    public Task<int> EraseAsync(ContactMatcher contact, CancellationToken ct = default)
    {
        lock (_gate)
        {
            var named = _texts.Where(t => contact.Names(t.Value)).Select(t => t.Key).ToList();
            foreach (var name in named) _texts.Remove(name);
            return Task.FromResult(named.Count);
        }
    }
}
