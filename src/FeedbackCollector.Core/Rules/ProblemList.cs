namespace FeedbackCollector.Core.Rules;

/// <summary>Collects an owner doc's problems in line order as the parser meets them.</summary>
internal sealed class ProblemList
{
    /// <summary>"Did you mean" hints per doc: each costs an edit-distance search, and a hostile doc has 2,000 bad lines.</summary>
    public const int MaxSuggestions = 25;

    private readonly List<DocProblem> _items = [];
    private int _suggestions;

    public bool HasErrors { get; private set; }

    public void Error(int line, string message)
    {
        HasErrors = true;
        _items.Add(new DocProblem(line, ProblemSeverity.Error, message));
    }

    public void Warn(int line, string message) => _items.Add(new DocProblem(line, ProblemSeverity.Warning, message));

    /// <summary>The closest candidate (see <see cref="Rules.Suggest.Closest"/>), or null once the doc has used its hints.</summary>
    public string? Suggest(string input, IEnumerable<string> candidates, int maxDistance) =>
        ++_suggestions <= MaxSuggestions ? Rules.Suggest.Closest(input, candidates, maxDistance) : null;

    public IReadOnlyList<DocProblem> Sorted() => [.. _items.OrderBy(p => p.Line)];
}
