using System.Collections.Concurrent;

namespace FeedbackCollector.Web.Owner;

/// <summary>
/// Wrong owner keys per client address in a sliding window: after <see cref="MaxFailures"/> within
/// <see cref="Window"/> every attempt from that address (right key or not) is refused until the oldest failure
/// leaves the window. Held in memory: one process locally; on AWS per warm Lambda instance, which still turns
/// a guessing run from hundreds a second into ten per instance per window.
/// </summary>
internal sealed class LoginThrottle(TimeProvider time)
{
    public const int MaxFailures = 10;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);
    private const int MaxAddresses = 10_000;
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _failures = new(StringComparer.Ordinal);

    /// <summary>How long this address must wait, or null when it may try.</summary>
    public TimeSpan? RetryAfter(string? address)
    {
        if (!_failures.TryGetValue(Key(address), out var times)) return null;
        lock (times)
        {
            var now = time.GetUtcNow();
            while (times.Count > 0 && now - times.Peek() >= Window) times.Dequeue();
            return times.Count >= MaxFailures ? times.Peek() + Window - now : null;
        }
    }

    public void Failed(string? address)
    {
        if (_failures.Count >= MaxAddresses) _failures.Clear(); // a flood of addresses must not grow memory without end
        var times = _failures.GetOrAdd(Key(address), _ => new Queue<DateTimeOffset>());
        lock (times)
        {
            times.Enqueue(time.GetUtcNow());
            while (times.Count > MaxFailures) times.Dequeue();
        }
    }

    public void Succeeded(string? address) => _failures.TryRemove(Key(address), out _);

    private static string Key(string? address) => string.IsNullOrEmpty(address) ? "-" : address;
}
