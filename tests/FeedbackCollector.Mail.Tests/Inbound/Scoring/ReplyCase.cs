namespace FeedbackCollector.Mail.Tests.Inbound.Scoring;

/// <summary>
/// One reply body from a public parser's fixtures, with the strings a parser must keep and those it must
/// cut. "Kept right" means every keep string is in the parser's output and no cut string is, compared
/// with all whitespace removed (line wrapping, indentation and blank lines differ between parsers and are
/// not what a customer said). The same comparison scores us and the npm peers.
/// </summary>
public sealed record ReplyCase(string Corpus, string Name, string Body, IReadOnlyList<string> Keep, IReadOnlyList<string> Cut)
{
    /// <summary>Shorter quoted lines ("Hi,", "Thanks") occur in replies too; only distinctive ones are required to go.</summary>
    private const int MinCutLength = 8;

    public bool KeptRight(string output)
    {
        var text = Normalise(output);
        return Keep.All(k => text.Contains(Normalise(k), StringComparison.Ordinal))
            && !Cut.Any(c => text.Contains(Normalise(c), StringComparison.Ordinal));
    }

    /// <summary>Why a parser's output is not kept right: the first keep string missing or cut string left in.</summary>
    public string? Miss(string output)
    {
        var text = Normalise(output);
        var missing = Keep.FirstOrDefault(k => !text.Contains(Normalise(k), StringComparison.Ordinal));
        if (missing is not null) return "lost: " + missing;
        var left = Cut.FirstOrDefault(c => text.Contains(Normalise(c), StringComparison.Ordinal));
        return left is null ? null : "kept: " + left;
    }

    public static string Normalise(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>The lines of a body that are not part of the expected reply: what must be cut.</summary>
    public static List<string> CutLines(string body, string expected)
    {
        var kept = Normalise(string.Join('\n', expected.Split('\n').Select(l => l.TrimStart(' ', '\t', '>'))));
        return [.. body.Replace("\r", "", StringComparison.Ordinal).Split('\n')
            .Select(l => l.TrimStart(' ', '\t', '>').Trim())
            .Where(l => Normalise(l).Length >= MinCutLength && !kept.Contains(Normalise(l), StringComparison.Ordinal))
            .Distinct()];
    }
}
