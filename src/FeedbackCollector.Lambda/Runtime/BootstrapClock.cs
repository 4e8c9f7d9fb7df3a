using System.Diagnostics;
using System.Globalization;

namespace FeedbackCollector.Lambda.Runtime;

/// <summary>
/// The bootstrap's clock: the system clock, unless FC_TEST_CLOCK_START names an instant. That variable exists only so
/// the rehearsal can run a business day through the real bootstrap (as serve's test_clock_start does locally); the
/// template never sets it (FunctionInventoryTests pins that), so a deployed function always runs on system time.
/// </summary>
internal static class BootstrapClock
{
    public const string StartVariable = "FC_TEST_CLOCK_START";

    public static TimeProvider From(IEnvironment environment) =>
        environment.Get(StartVariable) is { Length: > 0 } start
            ? new StartedClock(DateTimeOffset.Parse(start, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal))
            : TimeProvider.System;

    /// <summary>Starts at the given instant and ticks with real time from then on.</summary>
    private sealed class StartedClock(DateTimeOffset start) : TimeProvider
    {
        private readonly Stopwatch _elapsed = Stopwatch.StartNew();

        public override DateTimeOffset GetUtcNow() => start + _elapsed.Elapsed;
    }
}
