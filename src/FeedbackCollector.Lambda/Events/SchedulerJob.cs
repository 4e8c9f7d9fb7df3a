using System.Text.Json.Serialization;

namespace FeedbackCollector.Lambda.Events;

/// <summary>
/// Our own EventBridge Scheduler input (the schedule's Target.Input). The recurring schedules send
/// only {"job": "..."}; the one-off ask schedules also name the ask.
/// </summary>
/// <param name="Job">One of <see cref="SchedulerJobs"/>.</param>
/// <param name="ScheduleName">The deterministic schedule name, for the log and for cleanup.</param>
internal sealed record SchedulerJob(
    [property: JsonPropertyName("job")] string Job,
    [property: JsonPropertyName("customerId")] string? CustomerId = null,
    [property: JsonPropertyName("askId")] string? AskId = null,
    [property: JsonPropertyName("scheduleName")] string? ScheduleName = null);

/// <summary>The job names the schedules send.</summary>
internal static class SchedulerJobs
{
    public const string DriveSync = "drive-sync";
    public const string CalendarSync = "calendar-sync";
    public const string SendAsk = "send-ask";
    public const string FollowUp = "follow-up";
    public const string DailySweep = "daily-sweep";
    public const string MonthlySummary = "monthly-summary";
}
