using System.Text;

namespace FeedbackCollector.Core.Classify;

/// <summary>A word of a reply as typed (for SHOUTING) and lower-cased (for lookup).</summary>
internal readonly record struct MoodToken(string Lower, bool Shouted);

/// <summary>A stretch of a reply that carries one thought: how much it counts and how it ended.</summary>
internal sealed record MoodClause(List<MoodToken> Tokens, double Weight, int Exclamations);

/// <summary>Splits a reply into clauses at sentence ends, commas and contrast words ("but", "however").</summary>
internal static class MoodText
{
    public const int MaxChars = 5_000;

    private static readonly HashSet<string> Contrast = ["but", "however", "except", "sadly", "unfortunately", "whereas"];
    private static readonly HashSet<string> Concession = ["although", "though", "despite", "while", "even"];

    public static List<MoodClause> Clauses(string text)
    {
        var clauses = new List<MoodClause>();
        var current = new List<MoodToken>();
        var weight = 1.0;
        var sentenceStart = 0;
        foreach (var (token, punct) in Scan(text.Length > MaxChars ? text[..MaxChars] : text))
        {
            if (punct is not null)
            {
                Flush(clauses, current, weight, punct == '!' ? 1 : 0);
                current = [];
                if (punct == '?') Soften(clauses, sentenceStart);
                if (punct != ',') { sentenceStart = clauses.Count; weight = 1.0; }
                else if (weight < 1) weight = 1.0;
                continue;
            }
            // "nothing but praise" means only praise: that "but" turns nothing around.
            if (Contrast.Contains(token.Lower) && !(token.Lower is "but" && current.Count > 0 && current[^1].Lower is "nothing" or "anything"))
            {
                Flush(clauses, current, weight, 0);
                current = [];
                // What comes after "but" is what the customer took home; what came before it counts less.
                for (var i = sentenceStart; i < clauses.Count; i++) clauses[i] = clauses[i] with { Weight = clauses[i].Weight * 0.5 };
                weight = 1.5;
                if (token.Lower is not ("but" or "however" or "except" or "whereas")) current.Add(token);
                continue;
            }
            if (Concession.Contains(token.Lower) && current.Count == 0) weight = 0.5;
            current.Add(token);
        }
        Flush(clauses, current, weight, 0);
        return clauses;
    }

    /// <summary>A question asks rather than judges ("anyone know a good place?"), so its words count for less.</summary>
    private static void Soften(List<MoodClause> clauses, int from)
    {
        for (var i = from; i < clauses.Count; i++) clauses[i] = clauses[i] with { Weight = clauses[i].Weight * QuestionWeight };
    }

    private const double QuestionWeight = 0.5;

    private static void Flush(List<MoodClause> clauses, List<MoodToken> tokens, double weight, int exclamations)
    {
        if (tokens.Count > 0) clauses.Add(new MoodClause(tokens, weight, exclamations));
        else if (exclamations > 0 && clauses.Count > 0) clauses[^1] = clauses[^1] with { Exclamations = clauses[^1].Exclamations + 1 };
    }

    /// <summary>Words (letters, digits, apostrophes) and the punctuation that ends clauses (an aside in brackets is its own).</summary>
    private static IEnumerable<(MoodToken Token, char? Punct)> Scan(string text)
    {
        var word = new StringBuilder();
        foreach (var raw in text)
        {
            var c = raw is '\u2019' or '\u2018' or '`' ? '\'' : raw;
            if (char.IsLetterOrDigit(c) || (c == '\'' && word.Length > 0)) { word.Append(c); continue; }
            if (word.Length > 0) { yield return (Token(word.ToString()), null); word.Clear(); }
            if (c is '.' or '!' or '?' or ';' or ',' or '\n' or ':' or '(' or ')') yield return (default, c is '\n' or ':' or '(' or ')' ? '.' : c);
        }
        if (word.Length > 0) yield return (Token(word.ToString()), null);
    }

    private static MoodToken Token(string w)
    {
        var t = w.Trim('\'');
        return new MoodToken(t.ToLowerInvariant(), t.Length >= 3 && t.All(c => !char.IsLetter(c) || char.IsUpper(c)) && t.Any(char.IsLetter));
    }
}
