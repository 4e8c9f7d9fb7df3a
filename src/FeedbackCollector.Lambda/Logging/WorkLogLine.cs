using System.Text.Json.Serialization;

namespace FeedbackCollector.Lambda.Logging;

/// <summary>
/// One line per unit of work (init, one invocation). Carries ids, the outcome and the duration; never a
/// token, a secret or customer text (handlers choose outcome words, not messages).
/// </summary>
/// <param name="Unit">"init", "invoke" or "runtime-api".</param>
/// <param name="Outcome">A short word a metric filter can match, e.g. "recorded", "bad-signature", "error".</param>
internal sealed record WorkLogLine(
    [property: JsonPropertyName("level")] string Level,
    [property: JsonPropertyName("role")] string? Role,
    [property: JsonPropertyName("unit")] string Unit,
    [property: JsonPropertyName("requestId")] string? RequestId,
    [property: JsonPropertyName("outcome")] string Outcome,
    [property: JsonPropertyName("durationMs")] long DurationMs,
    [property: JsonPropertyName("errorType")] string? ErrorType,
    [property: JsonPropertyName("error")] string? Error);
