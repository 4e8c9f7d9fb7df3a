using FeedbackCollector.Aws.Http;
using FeedbackCollector.Core.Classify;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Aws.Bedrock;

/// <summary>
/// Classifies a written reply with Bedrock Converse: Haiku 4.5 first; an answer it marks unclear or gives
/// below the ambiguity threshold goes once to the fallback model (Sonnet 4.6).
/// Decisions (so the router and the sweep can rely on them):
/// - Malformed or out-of-range model output is asked once more; a second bad answer yields
///   Unclear with confidence 0. A model that cannot follow the format will not improve on a third try, and
///   Unclear puts the reply in front of a human in the daily sweep, so nothing is lost.
/// - Throttling, 5xx and timeouts are retried by the client with backoff; when they persist the classifier
///   throws ClassifierUnavailableException(transient: true). Other 4xx (access denied, unknown model,
///   validation) throw with transient: false.
/// - If the fallback model fails or answers malformed, the primary's valid answer stands: it is a real
///   reading, and its low confidence already routes it to unclear.
/// The reply is capped at MaxTextChars and sent only as the user message, never inside the system prompt.
/// </summary>
public sealed class BedrockMoodClassifier(AwsServiceClient client, BedrockClassifierOptions? options = null) : IMoodClassifier
{
    private readonly BedrockClassifierOptions _options = options ?? new BedrockClassifierOptions();

    public async Task<MoodReading> ClassifyAsync(string text, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var capped = text.Length > _options.MaxTextChars ? text[.._options.MaxTextChars] : text;
        if (string.IsNullOrWhiteSpace(capped)) return new MoodReading(Mood.Unclear, 0);
        var primary = await AskAsync(_options.PrimaryModelId, capped, ct).ConfigureAwait(false);
        if (primary is null) return new MoodReading(Mood.Unclear, 0);
        if (!IsAmbiguous(primary) || _options.FallbackModelId is not { } fallbackModel) return primary;
        try
        {
            return await AskAsync(fallbackModel, capped, ct).ConfigureAwait(false) ?? primary;
        }
        catch (ClassifierUnavailableException)
        {
            return primary;
        }
    }

    private bool IsAmbiguous(MoodReading reading) =>
        reading.Mood == Mood.Unclear || reading.Confidence < _options.AmbiguityThreshold;

    /// <summary>The model's valid reading, or null after two malformed answers.</summary>
    private async Task<MoodReading?> AskAsync(string modelId, string text, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var answer = await ConverseAsync(modelId, text, ct).ConfigureAwait(false);
            if (MoodAnswerParser.TryParse(answer) is { } reading) return reading;
        }
        return null;
    }

    private async Task<string?> ConverseAsync(string modelId, string text, CancellationToken ct)
    {
        try
        {
            return await BedrockConverse.AskAsync(client, modelId, MoodPrompt.System, text, new InferenceConfig(MaxTokens: 64, Temperature: 0), ct)
                .ConfigureAwait(false);
        }
        catch (AwsServiceException e)
        {
            throw new ClassifierUnavailableException($"Bedrock {modelId}: {e.ErrorCode}", e.Transient, e);
        }
    }
}
