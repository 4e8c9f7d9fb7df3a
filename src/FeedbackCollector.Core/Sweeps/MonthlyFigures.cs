namespace FeedbackCollector.Core.Sweeps;

/// <summary>A month's figures for the owner.</summary>
/// <param name="Asked">Asks sent in the month.</param>
/// <param name="Answered">Answers received in the month.</param>
/// <param name="ReviewClicks">Review-link clicks (audit ReviewClick) in the month.</param>
/// <param name="ComplaintsResolved">Complaints marked resolved (audit Resolved) in the month before any public review link was sent to that customer.</param>
/// <param name="MedianResponseTime">Median time from send to answer for the month's answers, null when there were none.</param>
public sealed record MonthlyFigures(
    string Month,
    int Asked,
    int Answered,
    int Happy,
    int Unhappy,
    int Unclear,
    int ReviewClicks,
    int ComplaintsResolved,
    TimeSpan? MedianResponseTime);
