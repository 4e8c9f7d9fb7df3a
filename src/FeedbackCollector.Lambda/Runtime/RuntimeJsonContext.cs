using System.Text.Json.Serialization;
using FeedbackCollector.Lambda.Logging;

namespace FeedbackCollector.Lambda.Runtime;

/// <summary>The runtime's own wire formats: the error document and our structured log line.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(RuntimeError))]
[JsonSerializable(typeof(WorkLogLine))]
internal sealed partial class RuntimeJsonContext : JsonSerializerContext;
