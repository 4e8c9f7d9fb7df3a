using System.Text.Json;
using System.Text.Json.Serialization;
using FeedbackCollector.Core.Model;

namespace FeedbackCollector.Core.Classify;

/// <summary>
/// Validates the model's text in code: exactly one JSON object with mood ∈ {happy, unhappy, unclear} and a
/// finite confidence in [0, 1]. Tolerates a ```json fence around it, nothing else. Null means malformed.
/// </summary>
public static class MoodAnswerParser
{
    private const int MaxAnswerChars = 2000;

    public static MoodReading? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxAnswerChars) return null;
        var json = StripFence(text.Trim());
        MoodAnswer? answer;
        try
        {
            answer = JsonSerializer.Deserialize(json, MoodAnswerJsonContext.Default.MoodAnswer);
        }
        catch (JsonException)
        {
            return null;
        }
        if (answer?.Confidence is not { } confidence || !double.IsFinite(confidence) || confidence is < 0 or > 1) return null;
        Mood? mood = answer.Mood?.Trim().ToUpperInvariant() switch
        {
            "HAPPY" => Mood.Happy,
            "UNHAPPY" => Mood.Unhappy,
            "UNCLEAR" => Mood.Unclear,
            _ => null,
        };
        return mood is { } m ? new MoodReading(m, confidence) : null;
    }

    private static string StripFence(string text)
    {
        if (!text.StartsWith("```", StringComparison.Ordinal) || !text.EndsWith("```", StringComparison.Ordinal) || text.Length < 6)
        {
            return text;
        }
        var inner = text[3..^3];
        var newline = inner.IndexOf('\n', StringComparison.Ordinal);
        return (newline >= 0 && !inner[..newline].Contains('{', StringComparison.Ordinal) ? inner[(newline + 1)..] : inner).Trim();
    }
}

/// <summary>The model's own answer, as the system prompt asks for it.</summary>
internal sealed record MoodAnswer(
    [property: JsonPropertyName("mood")] string? Mood,
    [property: JsonPropertyName("confidence")] double? Confidence);

[JsonSerializable(typeof(MoodAnswer))]
internal sealed partial class MoodAnswerJsonContext : JsonSerializerContext;
