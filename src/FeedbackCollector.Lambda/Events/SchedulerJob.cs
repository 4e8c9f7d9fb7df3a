using System.Text.Json.Serialization;

namespace FeedbackCollector.Lambda.Events;

/// <summary>
/// The Input of our recurring EventBridge schedules (sam/template.yaml): {"task": "..."}. The one-off
/// ask schedules send a <see cref="DirectInvoke"/> instead (kind send-ask / follow-up), written by
/// FeedbackCollector.Aws's ScheduledJobPayload.
/// </summary>
/// <param name="Name">One of <see cref="SchedulerJobs"/>.</param>
internal sealed record SchedulerJob(
    [property: JsonPropertyName("task")] string Name);

/// <summary>The task names the recurring schedules send.</summary>
internal static class SchedulerJobs
{
    public const string DriveSync = "drive-sync";
    public const string CalendarSync = "calendar-sync";
    public const string DailySweep = "daily-sweep";
    public const string MonthlySummary = "monthly-summary";
}
