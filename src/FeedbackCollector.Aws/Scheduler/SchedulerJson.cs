using System.Text.Json.Serialization;

namespace FeedbackCollector.Aws.Scheduler;

internal sealed record FlexibleTimeWindow(string Mode);

internal sealed record ScheduleTarget(string Arn, string RoleArn, string Input);

internal sealed record CreateScheduleRequest(
    string ScheduleExpression,
    string ScheduleExpressionTimezone,
    FlexibleTimeWindow FlexibleTimeWindow,
    ScheduleTarget Target,
    string GroupName,
    string ActionAfterCompletion,
    string ClientToken,
    string? Description);

/// <summary>EventBridge Scheduler's REST-JSON wire format (PascalCase members, as the API names them).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CreateScheduleRequest))]
internal sealed partial class SchedulerJsonContext : JsonSerializerContext;

/// <summary>The Input a schedule hands to the target function: what to do for which ask.</summary>
/// <param name="Kind">"send-ask" or "follow-up".</param>
public sealed record ScheduledJobInput(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("customerId")] string CustomerId,
    [property: JsonPropertyName("askId")] string AskId,
    [property: JsonPropertyName("dueAt")] DateTimeOffset DueAt);

[JsonSerializable(typeof(ScheduledJobInput))]
internal sealed partial class ScheduledJobInputJsonContext : JsonSerializerContext;
