using System.Text.Json.Serialization;

namespace FeedbackCollector.Lambda.Events;

/// <summary>Every event and payload the bootstrap reads or writes, source-generated (no reflection under AOT).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowTrailingCommas = false, MaxDepth = 32)]
[JsonSerializable(typeof(FunctionUrlRequest))]
[JsonSerializable(typeof(FunctionUrlResponse))]
[JsonSerializable(typeof(S3Event))]
[JsonSerializable(typeof(SchedulerJob))]
[JsonSerializable(typeof(DirectInvoke))]
[JsonSerializable(typeof(RoleResponse))]
internal sealed partial class LambdaEventsJsonContext : JsonSerializerContext;
