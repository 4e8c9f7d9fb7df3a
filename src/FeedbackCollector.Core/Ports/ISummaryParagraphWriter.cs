using FeedbackCollector.Core.Sweeps;

namespace FeedbackCollector.Core.Ports;

/// <summary>
/// Writes the one paragraph that opens the monthly summary, from the month's figures only (counts, never a
/// customer's words). A model-backed writer may state a wrong number: the caller checks every number against the
/// figures (<see cref="Summary.SummaryParagraph.Check"/>) and uses the plain paragraph when it fails.
/// Throws <see cref="SummaryParagraphUnavailableException"/> when it cannot answer.
/// </summary>
public interface ISummaryParagraphWriter
{
    Task<string> WriteAsync(MonthlyFigures figures, string businessName, CancellationToken ct = default);
}

/// <summary>The paragraph writer could not answer; Transient says whether a retry may help.</summary>
public sealed class SummaryParagraphUnavailableException(string message, bool transient, Exception? inner = null)
    : Exception(message, inner)
{
    public bool Transient { get; } = transient;
}
