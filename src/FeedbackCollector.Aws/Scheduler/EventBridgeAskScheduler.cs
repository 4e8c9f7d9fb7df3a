using System.Globalization;
using FeedbackCollector.Aws.Http;
using FeedbackCollector.Core.Ports;
using NodaTime;

namespace FeedbackCollector.Aws.Scheduler;

/// <summary>
/// One-off EventBridge Scheduler schedules: at(local time) in the business's timezone, no flexible window,
/// deleted after they fire. The name is derived from the job, so a second ScheduleAsync for the same job
/// meets ConflictException and returns false instead of creating a second schedule. The ClientToken is
/// new per ScheduleAsync call and reused by the HTTP retries inside it, so a retried request that had in
/// fact succeeded is answered as a success rather than a conflict.
/// </summary>
public sealed class EventBridgeAskScheduler(AwsServiceClient client, EventBridgeSchedulerOptions options) : IAskScheduler
{
    private readonly DateTimeZone _zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(options.Timezone)
        ?? throw new ArgumentException($"Unknown IANA timezone '{options.Timezone}'.", nameof(options));

    public async Task<bool> ScheduleAsync(ScheduledJob job, CancellationToken ct = default)
    {
        var name = ScheduleNames.ToValid(job.Name);
        var request = new CreateScheduleRequest(
            AtExpression(job.DueAt),
            options.Timezone,
            new FlexibleTimeWindow("OFF"),
            new ScheduleTarget(options.TargetFunctionArn, options.RoleArn, ScheduledJobPayload.ToJson(job)),
            options.GroupName,
            "DELETE",
            Guid.NewGuid().ToString("N"),
            $"{job.Kind} {job.AskId}");
        var body = AwsJson.Serialize(request, SchedulerJsonContext.Default.CreateScheduleRequest);
        try
        {
            await client.SendAsync(new AwsCall(HttpMethod.Post, ["schedules", name], body, "application/json"), ct).ConfigureAwait(false);
            return true;
        }
        catch (AwsServiceException e) when (e.ErrorCode == "ConflictException")
        {
            return false;
        }
    }

    /// <summary>One CreateSchedule per job, one after another: the Scheduler API has no batch create, and its default quota is 50 creates a second.</summary>
    public Task<IReadOnlyList<bool>> ScheduleManyAsync(IReadOnlyList<ScheduledJob> jobs, CancellationToken ct = default) =>
        PerItemWrites.RunAsync(jobs, j => ScheduleNames.ToValid(j.Name), ScheduleAsync, parallel: 1, ct);

    public async Task<bool> CancelAsync(string name, CancellationToken ct = default)
    {
        var call = new AwsCall(HttpMethod.Delete, ["schedules", ScheduleNames.ToValid(name)],
            Query: [new("groupName", options.GroupName), new("clientToken", Guid.NewGuid().ToString("N"))]);
        try
        {
            await client.SendAsync(call, ct).ConfigureAwait(false);
            return true;
        }
        catch (AwsServiceException e) when (e.ErrorCode == "ResourceNotFoundException")
        {
            return false;
        }
    }

    /// <summary>DeleteSchedule, as <see cref="CancelAsync"/>: a one-off schedule that fired is deleted after completion already.</summary>
    public Task<bool> ForgetAsync(string name, CancellationToken ct = default) => CancelAsync(name, ct);

    /// <summary>
    /// at(yyyy-MM-ddTHH:mm:ss) in the business's zone, rounded up to the whole second so it never fires early.
    /// In an autumn overlap the local time is ambiguous; Scheduler resolves it, at worst one hour late.
    /// </summary>
    public string AtExpression(DateTimeOffset dueAt)
    {
        var ticks = dueAt.UtcTicks;
        var rounded = ticks % TimeSpan.TicksPerSecond == 0 ? ticks : ticks - ticks % TimeSpan.TicksPerSecond + TimeSpan.TicksPerSecond;
        var local = Instant.FromUnixTimeTicks(rounded - DateTimeOffset.UnixEpoch.UtcTicks).InZone(_zone).LocalDateTime;
        return "at(" + local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + ")";
    }
}
