namespace FeedbackCollector.Core.Rules;

public enum ProblemSeverity { Warning, Error }

/// <summary>A problem in an owner's doc, reported with its 1-based line number and a plain-English message.</summary>
public sealed record DocProblem(int Line, ProblemSeverity Severity, string Message)
{
    public override string ToString() => $"line {Line}: {Severity.ToString().ToLowerInvariant()}: {Message}";
}

/// <summary>The outcome of parsing an owner's doc: a value only when there are no errors.</summary>
public sealed record DocParseResult<T>(T? Value, IReadOnlyList<DocProblem> Problems) where T : class
{
    public bool Ok => Value is not null && Problems.All(p => p.Severity != ProblemSeverity.Error);
    public IEnumerable<DocProblem> Errors => Problems.Where(p => p.Severity == ProblemSeverity.Error);
    public IEnumerable<DocProblem> Warnings => Problems.Where(p => p.Severity == ProblemSeverity.Warning);
}
