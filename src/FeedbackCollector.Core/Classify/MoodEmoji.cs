namespace FeedbackCollector.Core.Classify;

/// <summary>Emojis and emoticons customers use instead of words, with the same -3..+3 strengths as the lexicon.</summary>
internal static class MoodEmoji
{
    private static readonly (string Text, double Score)[] Table =
    [
        ("😀", 2), ("😃", 2), ("😄", 2), ("😁", 2), ("😊", 2), ("🙂", 1), ("😍", 3), ("🥰", 3), ("😘", 2), ("🤩", 3),
        ("👍", 2), ("👏", 2), ("🙌", 2), ("💯", 2), ("❤", 3), ("💕", 3), ("💖", 3), ("🥳", 2), ("⭐", 1), ("🌟", 2), ("😋", 2),
        ("😡", -3), ("😠", -3), ("🤬", -3), ("👎", -2), ("😞", -2), ("😢", -2), ("😭", -2), ("🙁", -1), ("☹", -2),
        ("😤", -2), ("🤮", -3), ("🤢", -3), ("😒", -2), ("💩", -3), ("😩", -2), ("😫", -2),
        (":)", 1), (":-)", 1), (":D", 2), (":-D", 2), ("<3", 2), (":(", -2), (":-(", -2), (":'(", -2), (">:(", -3),
    ];

    /// <summary>Sum of the emoji scores in the text (each occurrence counts, up to three of a kind).</summary>
    public static (double Positive, double Negative) Score(string text)
    {
        double pos = 0, neg = 0;
        foreach (var (emoji, score) in Table)
        {
            var count = Math.Min(3, Count(text, emoji));
            if (score > 0) pos += score * count;
            else neg -= score * count;
        }
        return (pos, neg);
    }

    private static int Count(string text, string part)
    {
        var n = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0 && n < 10; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) n++;
        return n;
    }
}
