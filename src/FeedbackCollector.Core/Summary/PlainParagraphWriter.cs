using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Sweeps;

namespace FeedbackCollector.Core.Summary;

/// <summary>The paragraph rendered from the figures, with no model: the local default and every fallback's text.</summary>
public sealed class PlainParagraphWriter : ISummaryParagraphWriter
{
    public Task<string> WriteAsync(MonthlyFigures figures, string businessName, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        return Task.FromResult(SummaryParagraph.Plain(figures, businessName));
    }
}
