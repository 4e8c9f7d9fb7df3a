using System.Globalization;
using System.Text;
using FeedbackCollector.Core.Model;

namespace FeedbackCollector.Core.Sweeps;

/// <summary>The month's figures from plain rows; rows outside the month are ignored, so callers may pass more.</summary>
public static class MonthlySummary
{
    public static MonthlyFigures Compute(MonthWindow month, IReadOnlyList<Ask> asks, IReadOnlyList<Feedback> feedback,
        IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(month);
        ArgumentNullException.ThrowIfNull(asks);
        ArgumentNullException.ThrowIfNull(feedback);
        ArgumentNullException.ThrowIfNull(audit);
        var answers = feedback.Where(f => month.Contains(f.ReceivedAt)).DistinctBy(f => (f.CustomerId, f.AskId)).ToList();
        var moves = audit.Where(e => month.Contains(e.Ts)).ToList();
        var sentAt = asks.Where(a => a.SentAt is not null)
            .GroupBy(a => (a.CustomerId, a.AskId))
            .ToDictionary(g => g.Key, g => g.First().SentAt!.Value);
        var responseTimes = answers
            .Where(f => sentAt.ContainsKey((f.CustomerId, f.AskId)))
            .Select(f => f.ReceivedAt - sentAt[(f.CustomerId, f.AskId)])
            .ToList();
        return new MonthlyFigures(
            month.Key,
            Asked: asks.Where(a => a.SentAt is { } s && month.Contains(s)).DistinctBy(a => (a.CustomerId, a.AskId)).Count(),
            Answered: answers.Count,
            Happy: answers.Count(f => f.Bucket == Bucket.Happy),
            Unhappy: answers.Count(f => f.Bucket == Bucket.Unhappy),
            Unclear: answers.Count(f => f.Bucket == Bucket.Unclear),
            ReviewClicks: moves.Count(e => e.Move == Move.ReviewClick),
            ComplaintsResolved: ResolvedBeforePublic(moves, audit),
            MedianResponseTime: Median(responseTimes));
    }

    /// <summary>
    /// Complaints resolved in the month before any public review link went to that customer: a Resolved move with no
    /// review nudge sent (nor a review click) to the same customer before it. Pass audit reaching back before the month.
    /// </summary>
    public static int ResolvedBeforePublic(IEnumerable<AuditEntry> monthMoves, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(monthMoves);
        ArgumentNullException.ThrowIfNull(audit);
        var reviewLinkSent = audit
            .Where(e => (e.Move == Move.ReviewNudge && e.SentVia is not null) || e.Move == Move.ReviewClick)
            .GroupBy(e => e.CustomerId)
            .ToDictionary(g => g.Key, g => g.Min(e => e.Ts));
        return monthMoves.Where(e => e.Move == Move.Resolved).DistinctBy(e => (e.CustomerId, e.AskId))
            .Count(e => !reviewLinkSent.TryGetValue(e.CustomerId, out var first) || first > e.Ts);
    }

    /// <summary>The median; for an even count the mean of the two middle values.</summary>
    public static TimeSpan? Median(IReadOnlyList<TimeSpan> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0) return null;
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : sorted[mid - 1] + (sorted[mid] - sorted[mid - 1]) / 2;
    }

    /// <summary>The plain-text summary the owner reads.</summary>
    public static string Render(MonthlyFigures figures, string businessName)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append(c, $"{businessName}: feedback for {figures.Month}").AppendLine().AppendLine();
        sb.Append(c, $"Asked: {figures.Asked}").AppendLine();
        sb.Append(c, $"Answered: {figures.Answered}").AppendLine();
        sb.Append(c, $"Happy: {figures.Happy}   Unhappy: {figures.Unhappy}   Unclear: {figures.Unclear}").AppendLine();
        sb.Append(c, $"Review-link clicks: {figures.ReviewClicks}").AppendLine();
        sb.Append(c, $"Complaints resolved: {figures.ComplaintsResolved}").AppendLine();
        sb.Append(c, $"Median response time: {Describe(figures.MedianResponseTime)}").AppendLine();
        return sb.ToString();
    }

    private static string Describe(TimeSpan? t) => t switch
    {
        null => "no answers",
        { TotalHours: < 1 } x => $"{Math.Round(x.TotalMinutes).ToString(CultureInfo.InvariantCulture)} minutes",
        { TotalDays: < 2 } x => $"{x.TotalHours.ToString("0.#", CultureInfo.InvariantCulture)} hours",
        var x => $"{x.Value.TotalDays.ToString("0.#", CultureInfo.InvariantCulture)} days",
    };
}
