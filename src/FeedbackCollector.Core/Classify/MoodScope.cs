namespace FeedbackCollector.Core.Classify;

/// <summary>
/// How far the words that change a scored word reach inside a clause: a negation ("I don't think the food was
/// good"), and words after which praise is wished for or left open rather than given ("should have been good",
/// "if you want good food"). These are the readings that let a complaint pass for praise, so they are kept
/// together and each rule is one plain-English fact about how people write.
/// </summary>
internal static class MoodScope
{
    /// <summary>A negation reaches the first scored word up to this many words after it, not just the next three.</summary>
    public const int NegationReach = 8;

    private static readonly HashSet<string> Negators =
    [
        "not", "no", "never", "rarely", "seldom", "nothing", "nobody", "none", "neither", "nor", "without", "hardly", "barely", "cannot", "lack",
        "isn't", "wasn't", "aren't", "weren't", "don't", "doesn't", "didn't", "won't", "wouldn't", "can't", "couldn't",
        "shouldn't", "haven't", "hasn't", "hadn't", "ain't", "isnt", "wasnt", "dont", "didnt", "doesnt", "wont", "cant", "couldnt",
    ];

    private static readonly HashSet<string> Exclamative = ["so", "such", "soo", "sooo", "soooo"];

    public static bool IsNegator(string lower) => Negators.Contains(lower);

    /// <summary>A negation that denies what follows; "not only", "not just", "no doubt" and "nothing but" add to it instead.</summary>
    public static bool Denies(List<MoodToken> tokens, int at) =>
        Negators.Contains(tokens[at].Lower) && !(at + 1 < tokens.Count && tokens[at + 1].Lower is "only" or "just" or "doubt" or "but");

    /// <summary>"and" starts a new statement ("my drink was never empty and the tips were great"): the negation stops there.</summary>
    public static bool EndsNegation(string lower) => lower is "and";

    /// <summary>
    /// Whether the negation at <paramref name="negator"/> turns the scored word at <paramref name="at"/> around.
    /// A far negation before "so"/"such" exclaims rather than denies ("never been treated so badly", "didn't
    /// expect it to be so good"); right before it, it still denies ("not so good").
    /// </summary>
    public static bool Flips(List<MoodToken> tokens, int at, int negator)
    {
        if (negator < 0 || at - negator > NegationReach) return false;
        var k = at - 1;
        if (k > 0 && tokens[k].Lower is "a" or "an") k--;
        return !(k > negator && Exclamative.Contains(tokens[k].Lower) && k - 1 != negator);
    }

    /// <summary>A word after which praise in the same clause is not given: hoped for, expected, conditional, or the one exception.</summary>
    public static bool Unreal(List<MoodToken> tokens, int at)
    {
        var w = tokens[at].Lower;
        var next = at + 1 < tokens.Count ? tokens[at + 1].Lower : "";
        var prev = at > 0 ? tokens[at - 1].Lower : "";
        return w is "if" or "unless" or "wish" or "wished" or "hoped" or "expected" or "expecting" or "supposed" or "supposedly"
            || (w is "would" or "could" or "should" or "might" or "must" && next is "have" or "of" or "ve")
            || (w is "used" && next is "to")
            || (w is "looking" && next is "for")
            || (w is "only" && prev is "the");
    }

    /// <summary>
    /// Praise that was hoped for and missed ("should have been good", "the only good thing") speaks of a complaint;
    /// praise left open ("if you want good food", "looking for a good place") speaks of nothing.
    /// </summary>
    public static bool Counterfactual(List<MoodToken> tokens, int unreal) => tokens[unreal].Lower is not ("if" or "unless" or "looking");
}
