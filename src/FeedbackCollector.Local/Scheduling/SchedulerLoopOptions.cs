namespace FeedbackCollector.Local.Scheduling;

/// <summary>How the scheduler loop polls, claims and retries.</summary>
public sealed record SchedulerLoopOptions
{
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>A claim older than this is taken to belong to a runner that died, and is taken over.</summary>
    public TimeSpan StaleClaimAfter { get; init; } = TimeSpan.FromMinutes(5);

    public int BatchSize { get; init; } = 50;

    /// <summary>First retry delay; doubles per attempt up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromHours(1);

    /// <summary>After this many failed attempts the job is marked done with its last error (visible, not retried).</summary>
    public int MaxAttempts { get; init; } = 20;

    public TimeSpan BackoffFor(int attempts)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(InitialBackoff.Ticks * factor, MaxBackoff.Ticks));
        return delay;
    }
}
