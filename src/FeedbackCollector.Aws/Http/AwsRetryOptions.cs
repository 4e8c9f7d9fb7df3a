namespace FeedbackCollector.Aws.Http;

/// <summary>
/// Retries of transient failures with exponential backoff: BaseDelay, 2×, 4× … capped at MaxDelay.
/// No jitter: randomness would have to be injected, and our callers are few and spread out in time.
/// </summary>
public sealed record AwsRetryOptions(int MaxAttempts, TimeSpan BaseDelay, TimeSpan MaxDelay)
{
    public static AwsRetryOptions Default { get; } = new(4, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(5));

    public TimeSpan DelayBefore(int retry) =>
        TimeSpan.FromTicks(Math.Min(MaxDelay.Ticks, BaseDelay.Ticks * (1L << Math.Min(retry - 1, 20))));
}
