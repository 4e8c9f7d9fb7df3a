using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Model;
using NodaTime;

namespace FeedbackCollector.Core.Sweeps;

/// <summary>One local week (Monday to Sunday in the business's timezone) of the owner page's trend chart.</summary>
/// <param name="Asked">Asks sent in the week.</param>
/// <param name="Answered">Answers received in the week.</param>
/// <param name="Happy">Of those answers, happy (a person's mark wins over the router's bucket).</param>
/// <param name="Unhappy">Of those answers, unhappy (likewise).</param>
public sealed record WeekFigures(DateOnly WeekStart, int Asked, int Answered, int Happy, int Unhappy);

/// <summary>What the owner page draws: the weekly trend, the response rate over it, and the star taps by stars.</summary>
/// <param name="Weeks">Oldest first; the last is the week that holds now.</param>
/// <param name="Stars">Index 0 holds the one-star taps, index 4 the five-star taps, over the same weeks.</param>
public sealed record OwnerChartData(IReadOnlyList<WeekFigures> Weeks, IReadOnlyList<int> Stars)
{
    public int Asked => Weeks.Sum(w => w.Asked);

    public int Answered => Weeks.Sum(w => w.Answered);

    /// <summary>Answered over asked in the charted weeks, as a whole percent; null when nothing was asked.</summary>
    public int? ResponseRatePercent => Asked == 0 ? null : (int)Math.Round(100.0 * Answered / Asked, MidpointRounding.AwayFromZero);
}

/// <summary>The owner page's chart figures from plain rows, in the business's timezone.</summary>
public static class OwnerCharts
{
    public const int WeeksShown = 12;

    public static OwnerChartData Compute(IReadOnlyList<Ask> asks, IReadOnlyList<Feedback> answers, IReadOnlyList<AuditEntry> audit,
        DateTimeOffset now, string timeZone, int weeks = WeeksShown)
    {
        ArgumentNullException.ThrowIfNull(asks);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentOutOfRangeException.ThrowIfLessThan(weeks, 1);
        var zone = MonthWindow.Zone(timeZone);
        var thisWeek = WeekStart(now, zone);
        var starts = Enumerable.Range(0, weeks).Select(i => thisWeek.PlusWeeks(i - weeks + 1)).ToList();
        var marks = audit.Where(e => Sweep.HandledMoves.Contains(e.Move)).GroupBy(e => (e.CustomerId, e.AskId))
            .ToDictionary(g => g.Key, g => g.OrderBy(e => e.Ts).First().Move);
        var sent = asks.Where(a => a.SentAt is not null).DistinctBy(a => (a.CustomerId, a.AskId))
            .ToLookup(a => WeekStart(a.SentAt!.Value, zone));
        var received = answers.DistinctBy(f => (f.CustomerId, f.AskId)).ToLookup(f => WeekStart(f.ReceivedAt, zone));
        var rows = starts.Select(start =>
        {
            var week = received[start].ToList();
            var buckets = week.Select(f => Effective(f, marks)).ToList();
            return new WeekFigures(new DateOnly(start.Year, start.Month, start.Day), sent[start].Count(), week.Count,
                buckets.Count(b => b == Bucket.Happy), buckets.Count(b => b == Bucket.Unhappy));
        }).ToList();
        var stars = new int[5];
        foreach (var f in starts.SelectMany(s => received[s]))
        {
            if (AnswerText.Split(f).Stars is { } n && n is >= 1 and <= 5) stars[n - 1]++;
        }
        return new OwnerChartData(rows, stars);
    }

    /// <summary>The answer's bucket after a person's mark: marked happy or unhappy counts so; dismissed stays as routed.</summary>
    private static Bucket Effective(Feedback answer, Dictionary<(string, string), Move> marks) =>
        marks.GetValueOrDefault((answer.CustomerId, answer.AskId)) switch
        {
            Move.MarkedHappy => Bucket.Happy,
            Move.MarkedUnhappy => Bucket.Unhappy,
            _ => answer.Bucket,
        };

    private static LocalDate WeekStart(DateTimeOffset at, DateTimeZone zone)
    {
        var date = Instant.FromDateTimeOffset(at).InZone(zone).Date;
        return date.PlusDays(-((int)date.DayOfWeek - 1));
    }
}
