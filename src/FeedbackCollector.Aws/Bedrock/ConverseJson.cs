using System.Text.Json.Serialization;

namespace FeedbackCollector.Aws.Bedrock;

internal sealed record ContentBlock([property: JsonPropertyName("text")] string? Text);

internal sealed record SystemBlock([property: JsonPropertyName("text")] string Text);

internal sealed record ConverseMessage(
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("content")] IReadOnlyList<ContentBlock> Content);

internal sealed record InferenceConfig(
    [property: JsonPropertyName("maxTokens")] int MaxTokens,
    [property: JsonPropertyName("temperature")] double Temperature);

internal sealed record ConverseRequest(
    [property: JsonPropertyName("system")] IReadOnlyList<SystemBlock> System,
    [property: JsonPropertyName("messages")] IReadOnlyList<ConverseMessage> Messages,
    [property: JsonPropertyName("inferenceConfig")] InferenceConfig InferenceConfig);

internal sealed record ConverseOutput([property: JsonPropertyName("message")] ConverseMessage? Message);

internal sealed record ConverseResponse(
    [property: JsonPropertyName("output")] ConverseOutput? Output,
    [property: JsonPropertyName("stopReason")] string? StopReason);

/// <summary>Bedrock Runtime Converse's wire format (camelCase members); the model's answer is parsed by Core's MoodAnswerParser.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ConverseRequest))]
[JsonSerializable(typeof(ConverseResponse))]
internal sealed partial class ConverseJsonContext : JsonSerializerContext;
