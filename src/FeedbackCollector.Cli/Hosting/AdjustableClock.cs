using System.Diagnostics;

namespace FeedbackCollector.Cli.Hosting;

/// <summary>
/// The demo's fast clock and the end-to-end tests' clock: it runs at real speed from a chosen start
/// and can be moved forward (never back, so tokens, claims and the schedule stay consistent).
/// Only the composition root creates it, and only for `demo` or when test_control is on.
/// </summary>
internal sealed class AdjustableClock(DateTimeOffset start) : TimeProvider
{
    private readonly Stopwatch _elapsed = Stopwatch.StartNew();
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() =>
        start + _elapsed.Elapsed + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public DateTimeOffset Advance(TimeSpan by)
    {
        if (by < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(by), "The clock only moves forward.");
        Interlocked.Add(ref _offsetTicks, by.Ticks);
        return GetUtcNow();
    }

    /// <summary>Moves forward to <paramref name="instant"/> when it is later than now.</summary>
    public DateTimeOffset AdvanceTo(DateTimeOffset instant)
    {
        var now = GetUtcNow();
        return instant > now ? Advance(instant - now) : now;
    }
}
