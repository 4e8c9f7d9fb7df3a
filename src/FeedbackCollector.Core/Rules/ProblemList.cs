namespace FeedbackCollector.Core.Rules;

/// <summary>Collects an owner doc's problems in line order as the parser meets them.</summary>
internal sealed class ProblemList
{
    private readonly List<DocProblem> _items = [];

    public bool HasErrors { get; private set; }

    public void Error(int line, string message)
    {
        HasErrors = true;
        _items.Add(new DocProblem(line, ProblemSeverity.Error, message));
    }

    public void Warn(int line, string message) => _items.Add(new DocProblem(line, ProblemSeverity.Warning, message));

    public IReadOnlyList<DocProblem> Sorted() => [.. _items.OrderBy(p => p.Line)];
}
