namespace FeedbackCollector.Core.Ports;

public enum JobKind { SendAsk, FollowUp }

/// <summary>A one-off job. Name is deterministic (derived from the ask), so scheduling twice is a no-op.</summary>
public sealed record ScheduledJob(string Name, JobKind Kind, string CustomerId, string AskId, DateTimeOffset DueAt);

/// <summary>One-off schedules (EventBridge Scheduler on AWS, a durable table locally).</summary>
public interface IAskScheduler
{
    /// <summary>Creates the job unless one with the same name exists; false when it did.</summary>
    Task<bool> ScheduleAsync(ScheduledJob job, CancellationToken ct = default);

    /// <summary>Creates each job unless its name exists: element i is true when jobs[i] was created (the first of a repeated name).</summary>
    Task<IReadOnlyList<bool>> ScheduleManyAsync(IReadOnlyList<ScheduledJob> jobs, CancellationToken ct = default);

    /// <summary>Removes the job if present; false when there was none.</summary>
    Task<bool> CancelAsync(string name, CancellationToken ct = default);

    /// <summary>Removes the job whether it is pending or already ran (an erasure on request); false when there was none.</summary>
    Task<bool> ForgetAsync(string name, CancellationToken ct = default);
}
