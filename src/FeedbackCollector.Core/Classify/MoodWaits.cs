namespace FeedbackCollector.Core.Classify;

/// <summary>
/// How long something took, told after a word of waiting ("we waited 40 minutes", "the food took over an hour"):
/// in a reply about a visit that is a complaint even without a complaint word. A short time ("seated within
/// five minutes", "only 10 minutes") is not.
/// </summary>
internal static class MoodWaits
{
    /// <summary>As strong as "slow".</summary>
    public const double Score = -2;

    private static readonly HashSet<string> Waiting = ["took", "take", "taking", "wait", "waited", "waiting", "sat", "sitting", "another", "after", "over", "still"];
    private static readonly HashSet<string> Short = ["within", "only", "under", "just", "less", "few", "quick", "quickly"];
    private static readonly HashSet<string> Units = ["min", "mins", "minute", "minutes", "hour", "hours", "hr", "hrs"];
    private static readonly HashSet<string> Amounts =
        ["an", "a", "half", "ten", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "ninety", "two", "three", "several"];

    /// <summary>The number of words of a long wait at <paramref name="at"/> ("40 minutes", "40min", "an hour"), or 0.</summary>
    public static int LengthAt(List<MoodToken> tokens, int at)
    {
        var w = tokens[at].Lower;
        var length = IsDurationWord(w) ? 1 : (IsAmount(w) && at + 1 < tokens.Count && Units.Contains(tokens[at + 1].Lower)) ? 2 : 0;
        if (length == 0) return 0;
        var waited = false;
        for (var k = at - 1; k >= 0; k--)
        {
            if (Short.Contains(tokens[k].Lower)) return 0;
            waited |= Waiting.Contains(tokens[k].Lower);
        }
        return waited ? length : 0;
    }

    private static bool IsAmount(string w) => Amounts.Contains(w) || (w.Length is > 0 and <= 3 && w.All(char.IsAsciiDigit));

    /// <summary>"40min", "2hrs": a number and a unit typed as one word.</summary>
    private static bool IsDurationWord(string w)
    {
        var digits = 0;
        while (digits < w.Length && char.IsAsciiDigit(w[digits])) digits++;
        return digits > 0 && Units.Contains(w[digits..]);
    }
}
