using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Core.Classify;

/// <summary>
/// The built-in offline classifier: a lexicon plus a few rules that matter in short customer replies —
/// negation ("wasn't great"), intensifiers ("really rude"), contrast ("good food but rude staff": the part
/// after "but" counts more), emojis and exclamation marks. Pure and synchronous; no key, no network.
/// Confidence is strength × agreement: a strong one-sided reply scores high, a mixed one low, so the
/// router's threshold sends mixed replies to a human.
/// </summary>
public sealed class LexiconMoodClassifier : IMoodClassifier
{
    private static readonly Dictionary<string, double> Intensifiers = new(StringComparer.Ordinal)
    {
        ["very"] = 1.5, ["really"] = 1.4, ["so"] = 1.4, ["extremely"] = 1.8, ["super"] = 1.5, ["absolutely"] = 1.7,
        ["totally"] = 1.5, ["incredibly"] = 1.7, ["too"] = 1.3, ["truly"] = 1.4, ["most"] = 1.3, ["utterly"] = 1.8,
        ["completely"] = 1.5, ["highly"] = 1.5, ["seriously"] = 1.4, ["such"] = 1.3, ["quite"] = 1.1, ["pretty"] = 1.1,
        ["slightly"] = 0.5, ["somewhat"] = 0.6, ["kinda"] = 0.6, ["bit"] = 0.6, ["little"] = 0.7, ["fairly"] = 0.8, ["mostly"] = 0.8,
    };

    // Tuned on the first half of the UCI sentences and the first half of the neutral list (see scripts/bench eval).
    /// <summary>Complaint evidence below this says too little to call unhappy.</summary>
    private const double MinComplaint = 1.0;
    /// <summary>A complaint counts when it is at least this share of the praise beside it.</summary>
    private const double ComplaintShare = 0.5;
    /// <summary>Net praise below this says too little to call happy.</summary>
    private const double MinPraise = 0.75;
    private const double UnhappyScale = 0.9;
    /// <summary>Complaint evidence of a negation that no scored word follows.</summary>
    private const double DanglingNegationWeight = 0.6;
    private const double HappyScale = 1.5;
    /// <summary>Complaint evidence of praise that was hoped for and missed ("should have been good").</summary>
    private const double MissedPraiseWeight = 0.5;

    public Task<MoodReading> ClassifyAsync(string text, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ct.ThrowIfCancellationRequested();
        return Task.FromResult(Classify(text));
    }

    /// <summary>The synchronous reading, for callers that need no port.</summary>
    public static MoodReading Classify(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return new MoodReading(Mood.Unclear, 0);
        var (pos, neg) = MoodEmoji.Score(text);
        foreach (var clause in MoodText.Clauses(text))
        {
            var (p, n) = ScoreClause(clause);
            pos += p;
            neg += n;
        }
        return Reading(pos, neg);
    }

    /// <summary>
    /// Asymmetric on purpose: a complaint next to praise is still a complaint the owner should hear ("loved the cut,
    /// but the wait was awful" is unhappy), while praise only counts as happy when nothing speaks against it.
    /// Confidence grows with the evidence for the mood and shrinks with the evidence against it.
    /// </summary>
    private static MoodReading Reading(double pos, double neg)
    {
        var evidence = pos + neg;
        if (neg >= MinComplaint && neg >= pos * ComplaintShare)
        {
            var against = pos / evidence;
            return Called(Mood.Unhappy, Strength(neg, UnhappyScale) * (1 - (0.5 * against)));
        }
        var net = pos - neg;
        if (net < MinPraise) return new MoodReading(Mood.Unclear, Math.Round(evidence > 0 ? 0.3 : 0.1, 2));
        // A happy reading needs no complaint at all: one cue beside the praise ("lovely, a bit slow") is a mixed reply
        // the owner should see, and these are where complaints leaked through as happy.
        if (neg > 0) return new MoodReading(Mood.Unclear, 0.3);
        return Called(Mood.Happy, Strength(net, HappyScale));
    }

    private static double Strength(double evidence, double scale) => 1 - Math.Exp(-evidence / scale);

    private static MoodReading Called(Mood mood, double confidence) => new(mood, Math.Round(Math.Clamp(confidence, 0, 0.99), 2));

    private static (double Pos, double Neg) ScoreClause(MoodClause clause)
    {
        double pos = 0, neg = 0;
        var tokens = clause.Tokens;
        var excite = 1 + (0.25 * Math.Min(clause.Exclamations, 2));
        var (resolved, negator, unreal) = (-1, -1, -1);
        var i = 0;
        while (i < tokens.Count)
        {
            // "wish" and "hoped" are marks of praise missed here, not praise of their own.
            var (score, length) = MoodScope.Unreal(tokens, i) ? (0, 1) : Match(tokens, i);
            if (score != 0)
            {
                var s = Modify(tokens, i, score, negator) * clause.Weight * excite * (tokens[i].Shouted ? 1.3 : 1);
                if (s > 0 && unreal >= 0) (s, neg) = (0, neg + ((MoodScope.Counterfactual(tokens, unreal) ? MissedPraiseWeight : 0) * clause.Weight));
                if (s > 0) pos += s; else neg -= s;
                (resolved, negator) = (i + length - 1, -1);
            }
            else if (MoodScope.Denies(tokens, i)) negator = i;
            else if (MoodScope.EndsNegation(tokens[i].Lower)) negator = -1;
            else if (MoodScope.Unreal(tokens, i)) unreal = i;
            i += Math.Max(length, 1);
        }
        return (pos, neg + (DanglingNegation(tokens, resolved) * clause.Weight));
    }

    /// <summary>
    /// A "not", "never" or "didn't" that no scored word follows still leans negative: in reviews and replies a
    /// negation without praise next to it is mostly a complaint ("don't go there if you want good food").
    /// </summary>
    private static double DanglingNegation(List<MoodToken> tokens, int lastScored)
    {
        for (var k = tokens.Count - 1; k > lastScored; k--)
        {
            if (MoodScope.IsNegator(tokens[k].Lower)) return DanglingNegationWeight;
        }
        return 0;
    }

    /// <summary>The longest phrase at <paramref name="at"/>, else the word there.</summary>
    private static (double Score, int Length) Match(List<MoodToken> tokens, int at)
    {
        foreach (var (words, score) in MoodLexicon.Phrases)
        {
            if (at + words.Length > tokens.Count) continue;
            var all = true;
            for (var k = 0; k < words.Length && all; k++) all = tokens[at + k].Lower == words[k];
            if (all) return (score, words.Length);
        }
        if (MoodWaits.LengthAt(tokens, at) is > 0 and var wait) return (MoodWaits.Score, wait);
        if (tokens[at].Lower is "like" or "likes") return (LikeMeansEnjoy(tokens, at) ? 1.5 : 0, 1);
        return MoodLexicon.Words.TryGetValue(tokens[at].Lower, out var s) ? (s, 1) : (0, 1);
    }

    /// <summary>"I like it" is praise; "tasted like rubber" and "felt like" are comparisons, so only a subject or auxiliary before it counts.</summary>
    private static bool LikeMeansEnjoy(List<MoodToken> tokens, int at) =>
        at > 0 && (tokens[at - 1].Lower is "i" or "we" or "you" or "they" or "really" or "did" or "do" or "not" or "also" or "definitely" or "would" or "totally" or "just" or "she" or "he" or "kids"
            || MoodScope.IsNegator(tokens[at - 1].Lower));

    /// <summary>An intensifier just before scales the word; a negation before it (see <see cref="MoodScope"/>) turns it around, softened.</summary>
    private static double Modify(List<MoodToken> tokens, int at, double score, int negator)
    {
        var s = score;
        if (at > 0 && Intensifiers.TryGetValue(tokens[at - 1].Lower, out var factor)) s *= factor;
        else if (at > 1 && tokens[at - 1].Lower is "a" && tokens[at - 2].Lower is "bit" or "little") s *= 0.6;
        // "It shouldn't take 30 minutes" is still about a long wait.
        if (!MoodScope.Flips(tokens, at, negator) || MoodWaits.LengthAt(tokens, at) > 0) return s;
        // "not good" is bad, but "not bad" is only mildly good.
        return s > 0 ? -s * 0.8 : -s * 0.5;
    }
}
