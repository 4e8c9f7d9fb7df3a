using System.Text.Json.Serialization;

namespace FeedbackCollector.Lambda.Runtime;

/// <summary>The error document the Runtime API expects: {errorMessage, errorType, stackTrace[]}.</summary>
internal sealed record RuntimeError(
    [property: JsonPropertyName("errorMessage")] string ErrorMessage,
    [property: JsonPropertyName("errorType")] string ErrorType,
    [property: JsonPropertyName("stackTrace")] IReadOnlyList<string> StackTrace)
{
    /// <summary>Cap on reported frames: the Runtime API limits the error body, and deep traces say little more.</summary>
    private const int MaxFrames = 40;

    /// <summary>Cap on the message: it lands in the caller's response and our logs.</summary>
    internal const int MaxMessage = 1000;

    public static RuntimeError From(Exception error)
    {
        var frames = (error.StackTrace ?? string.Empty)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Take(MaxFrames)
            .ToArray();
        return new RuntimeError(Truncate(error.Message), error.GetType().Name, frames);
    }

    private static string Truncate(string text) => text.Length <= MaxMessage ? text : text[..MaxMessage];
}
