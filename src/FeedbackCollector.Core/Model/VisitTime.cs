using NodaTime;

namespace FeedbackCollector.Core.Model;

/// <summary>
/// The range a visit's end may fall in, for every intake (webhook, customers.csv, Google Sheet): no sale happens before
/// 2000 or after 2199, and year 9999 plus a wait overflows every date type downstream (a wrong or failed schedule).
/// </summary>
public static class VisitTime
{
    public const int MinYear = 2000;
    public const int MaxYear = 2199;

    /// <summary>Why <paramref name="endedAt"/> cannot be a visit's end, or null when it can.</summary>
    public static string? RangeProblem(DateTimeOffset endedAt) =>
        endedAt.UtcDateTime.Year is < MinYear or > MaxYear ? $"is out of range (year {endedAt.UtcDateTime.Year}; expected {MinYear}–{MaxYear})" : null;

    /// <summary>
    /// A local time in the business's zone (a gap moves forward), or null when it is outside the range: checked on the
    /// local date first, because 0001-01-01 00:00 at UTC+8 has no UTC instant to convert to and would throw.
    /// </summary>
    public static DateTimeOffset? InZone(DateTime local, DateTimeZone zone, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(zone);
        problem = local.Year is < MinYear or > MaxYear ? $"is out of range (year {local.Year}; expected {MinYear}–{MaxYear})" : null;
        if (problem is not null) return null;
        var at = LocalDateTime.FromDateTime(DateTime.SpecifyKind(local, DateTimeKind.Unspecified)).InZoneLeniently(zone).ToDateTimeOffset();
        problem = RangeProblem(at);
        return problem is null ? at : null;
    }
}
