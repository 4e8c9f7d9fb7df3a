using System.Text.Json;
using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Aws.Scheduler;

/// <summary>
/// The JSON a schedule delivers to the request-builder function, and its reading back. Both directions
/// live here so the writer (this adapter) and the reader (the Lambda bootstrap) cannot drift apart.
/// </summary>
public static class ScheduledJobPayload
{
    private const string SendAsk = "send-ask";
    private const string FollowUp = "follow-up";

    public static string ToJson(ScheduledJob job) => JsonSerializer.Serialize(
        new ScheduledJobInput(job.Kind == JobKind.SendAsk ? SendAsk : FollowUp, job.Name, job.CustomerId, job.AskId, job.DueAt),
        ScheduledJobInputJsonContext.Default.ScheduledJobInput);

    /// <summary>The job, or null when the text is not a job this adapter wrote.</summary>
    public static ScheduledJob? TryParse(string json)
    {
        ScheduledJobInput? input;
        try
        {
            input = JsonSerializer.Deserialize(json, ScheduledJobInputJsonContext.Default.ScheduledJobInput);
        }
        catch (JsonException)
        {
            return null;
        }
        if (input is null || string.IsNullOrEmpty(input.Name) || string.IsNullOrEmpty(input.CustomerId) || string.IsNullOrEmpty(input.AskId))
        {
            return null;
        }
        JobKind? kind = input.Kind switch { SendAsk => JobKind.SendAsk, FollowUp => JobKind.FollowUp, _ => null };
        return kind is { } k ? new ScheduledJob(input.Name, k, input.CustomerId, input.AskId, input.DueAt) : null;
    }
}
