using FeedbackCollector.Core.Sweeps;

namespace FeedbackCollector.Core.Summary;

/// <summary>The monthly summary as the owner reads it: the checked paragraph, then the figures as a table.</summary>
/// <param name="Month">"yyyy-MM", the summary's natural key.</param>
public sealed record SummaryLetter(string Month, string Subject, string BusinessName, string Paragraph, MonthlyFigures Figures)
{
    /// <summary>The plain-text body: the paragraph, a blank line, the table.</summary>
    public string Text => Paragraph + "\n\n" + SummaryTable.RenderText(Figures);
}
