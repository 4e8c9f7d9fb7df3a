namespace FeedbackCollector.Core.Sweeps;

/// <summary>A month's figures for the owner. Counts only: no customer's words ever enter them.</summary>
/// <param name="Asked">Asks sent in the month.</param>
/// <param name="Answered">Answers received in the month.</param>
/// <param name="ReviewLinkClicks">Review-link clicks (audit ReviewClick) in the month: clicks, not reviews known to be posted.</param>
/// <param name="ComplaintsOpened">Answers received in the month that are complaints (unhappy, or marked unhappy by the owner).</param>
/// <param name="ComplaintsResolved">Complaints marked resolved (audit Resolved) in the month before any public review link was sent to that customer.</param>
/// <param name="MedianResponseTime">Median time from send to answer for the month's answers, null when there were none.</param>
public sealed record MonthlyFigures(
    string Month,
    int Asked,
    int Answered,
    int Happy,
    int Unhappy,
    int Unclear,
    int ReviewLinkClicks,
    int ComplaintsOpened,
    int ComplaintsResolved,
    TimeSpan? MedianResponseTime)
{
    /// <summary>Percent (rounded) of the month's asks that have an answer; null when nothing was asked.</summary>
    public int? ResponseRate { get; init; }

    /// <summary>The month before, for the change; null when not computed.</summary>
    public MonthlyFigures? LastMonth { get; init; }

    /// <summary>The month's asks and answers per visit type, by name.</summary>
    public IReadOnlyList<VisitTypeFigures> ByVisitType { get; init; } = [];
}

/// <param name="Asked">Asks of this visit type sent in the month.</param>
/// <param name="Answered">Answers received in the month to asks of this visit type.</param>
public sealed record VisitTypeFigures(string VisitType, int Asked, int Answered, int Happy, int Unhappy, int Unclear);
