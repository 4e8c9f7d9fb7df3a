using FeedbackCollector.Core.Model;

namespace FeedbackCollector.Core.Sweeps;

/// <summary>The month's figures from plain rows; rows outside the month are ignored, so callers may pass more.</summary>
public static class MonthlySummary
{
    /// <param name="lastMonth">The month before, for the change; pass rows reaching back to its start.</param>
    public static MonthlyFigures Compute(MonthWindow month, IReadOnlyList<Ask> asks, IReadOnlyList<Feedback> feedback,
        IReadOnlyList<AuditEntry> audit, MonthWindow? lastMonth = null)
    {
        ArgumentNullException.ThrowIfNull(month);
        ArgumentNullException.ThrowIfNull(asks);
        ArgumentNullException.ThrowIfNull(feedback);
        ArgumentNullException.ThrowIfNull(audit);
        var figures = ComputeOne(month, asks, feedback, audit);
        return lastMonth is null ? figures : figures with { LastMonth = ComputeOne(lastMonth, asks, feedback, audit) };
    }

    private static MonthlyFigures ComputeOne(MonthWindow month, IReadOnlyList<Ask> asks, IReadOnlyList<Feedback> feedback,
        IReadOnlyList<AuditEntry> audit)
    {
        var answers = feedback.Where(f => month.Contains(f.ReceivedAt)).DistinctBy(f => (f.CustomerId, f.AskId)).ToList();
        var moves = audit.Where(e => month.Contains(e.Ts)).ToList();
        var sent = asks.Where(a => a.SentAt is not null)
            .GroupBy(a => (a.CustomerId, a.AskId))
            .ToDictionary(g => g.Key, g => g.First());
        var sentInMonth = sent.Values.Where(a => month.Contains(a.SentAt!.Value)).ToList();
        var answeredAsks = feedback.Select(f => (f.CustomerId, f.AskId)).ToHashSet();
        var responseTimes = answers
            .Where(f => sent.ContainsKey((f.CustomerId, f.AskId)))
            .Select(f => f.ReceivedAt - sent[(f.CustomerId, f.AskId)].SentAt!.Value)
            .ToList();
        var movesOfAsk = audit.ToLookup(e => (e.CustomerId, e.AskId));
        return new MonthlyFigures(
            month.Key,
            Asked: sentInMonth.Count,
            Answered: answers.Count,
            Happy: answers.Count(f => f.Bucket == Bucket.Happy),
            Unhappy: answers.Count(f => f.Bucket == Bucket.Unhappy),
            Unclear: answers.Count(f => f.Bucket == Bucket.Unclear),
            ReviewLinkClicks: moves.Count(e => e.Move == Move.ReviewClick),
            ComplaintsOpened: answers.Count(f => OpenComplaints.IsComplaint(f, movesOfAsk[(f.CustomerId, f.AskId)].OrderBy(e => e.Ts))),
            ComplaintsResolved: ResolvedBeforePublic(moves, audit),
            MedianResponseTime: Median(responseTimes))
        {
            ResponseRate = sentInMonth.Count == 0 ? null
                : (int)Math.Round(100.0 * sentInMonth.Count(a => answeredAsks.Contains((a.CustomerId, a.AskId))) / sentInMonth.Count,
                    MidpointRounding.AwayFromZero),
            ByVisitType = ByVisitType(sentInMonth, answers, sent),
        };
    }

    private static List<VisitTypeFigures> ByVisitType(List<Ask> sentInMonth, List<Feedback> answers,
        Dictionary<(string, string), Ask> sent)
    {
        const string Unknown = "other";
        var answersByType = answers.ToLookup(f => sent.TryGetValue((f.CustomerId, f.AskId), out var a) ? a.VisitType : Unknown);
        var askedByType = sentInMonth.ToLookup(a => a.VisitType);
        return [.. askedByType.Select(g => g.Key).Union(answersByType.Select(g => g.Key)).Order(StringComparer.Ordinal)
            .Select(type => new VisitTypeFigures(type, askedByType[type].Count(), answersByType[type].Count(),
                answersByType[type].Count(f => f.Bucket == Bucket.Happy), answersByType[type].Count(f => f.Bucket == Bucket.Unhappy),
                answersByType[type].Count(f => f.Bucket == Bucket.Unclear)))];
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
}
