using System.Globalization;
using FeedbackCollector.Core.Model;

namespace FeedbackCollector.Core.Flow;

/// <summary>
/// How an answer is kept in Feedback.Raw: a tap is its stars on the first line and an optional comment
/// after it; a written reply is the customer's extracted words. Both are capped.
/// </summary>
public static class AnswerText
{
    public const int MaxCommentChars = 5_000;
    public const int MaxReplyChars = 20_000;

    public static string ForTap(int stars, string? comment)
    {
        var s = stars.ToString(CultureInfo.InvariantCulture);
        var words = Cap(comment?.Trim(), MaxCommentChars);
        return string.IsNullOrEmpty(words) ? s : s + "\n" + words;
    }

    public static string ForReply(string text) => Cap(text.Trim(), MaxReplyChars) ?? "";

    /// <summary>The stars (taps only) and the customer's words (null when there are none).</summary>
    public static (int? Stars, string? Words) Split(Feedback feedback)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        if (feedback.Channel != Channel.Tap) return (null, feedback.Raw);
        var newline = feedback.Raw.IndexOf('\n', StringComparison.Ordinal);
        var head = newline < 0 ? feedback.Raw : feedback.Raw[..newline];
        var words = newline < 0 ? null : feedback.Raw[(newline + 1)..];
        return (int.TryParse(head, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null, words);
    }

    private static string? Cap(string? text, int max) =>
        text is null || text.Length <= max ? text : text[..max] + " […]";
}
