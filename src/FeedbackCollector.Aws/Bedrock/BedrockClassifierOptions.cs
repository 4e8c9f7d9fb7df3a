namespace FeedbackCollector.Aws.Bedrock;

/// <summary>
/// Models and limits of the Bedrock classifier. A primary answer that is "unclear" or below
/// <paramref name="AmbiguityThreshold"/> is asked once more of the fallback model.
/// </summary>
public sealed record BedrockClassifierOptions(
    string PrimaryModelId = BedrockClassifierOptions.Haiku45,
    string? FallbackModelId = BedrockClassifierOptions.Sonnet46,
    double AmbiguityThreshold = 0.6,
    int MaxTextChars = 4000)
{
    public const string Haiku45 = "global.anthropic.claude-haiku-4-5-20251001-v1:0";
    public const string Sonnet46 = "global.anthropic.claude-sonnet-4-6";
}
