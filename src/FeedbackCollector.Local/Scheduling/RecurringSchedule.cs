using NodaTime;
using NodaTime.TimeZones;
using NodaTime.Utility;

namespace FeedbackCollector.Local.Scheduling;

/// <summary>
/// When a recurring job is due, in the business's timezone: every day at a local time (the daily
/// sweep) or on the first given weekday of each month at a local time (the monthly summary, first
/// Monday 9am). Pure: instants in, instants out. Across DST a local time that does not exist (spring
/// forward) runs shifted forward by the gap, and an ambiguous one (fall back) runs once, at its earlier instant.
/// </summary>
public sealed class RecurringSchedule
{
    private readonly DateTimeZone _zone;
    private readonly LocalTime _at;
    private readonly IsoDayOfWeek? _firstWeekdayOfMonth;

    private RecurringSchedule(DateTimeZone zone, LocalTime at, IsoDayOfWeek? firstWeekdayOfMonth)
    {
        _zone = zone;
        _at = at;
        _firstWeekdayOfMonth = firstWeekdayOfMonth;
    }

    /// <summary>Every day at <paramref name="at"/> local time.</summary>
    public static RecurringSchedule Daily(string timeZoneId, TimeOnly at) =>
        new(Zone(timeZoneId), new LocalTime(at.Hour, at.Minute, at.Second), null);

    /// <summary>The first <paramref name="weekday"/> of every month at <paramref name="at"/> local time.</summary>
    public static RecurringSchedule MonthlyOnFirst(string timeZoneId, DayOfWeek weekday, TimeOnly at) =>
        new(Zone(timeZoneId), new LocalTime(at.Hour, at.Minute, at.Second), BclConversions.ToIsoDayOfWeek(weekday));

    /// <summary>The first occurrence strictly after <paramref name="after"/>.</summary>
    public DateTimeOffset NextAfter(DateTimeOffset after)
    {
        var instant = Instant.FromDateTimeOffset(after);
        var date = instant.InZone(_zone).Date;
        var candidate = OccurrenceOnOrAfter(date.PlusDays(-1));
        while (Resolve(candidate) <= instant)
        {
            candidate = OccurrenceOnOrAfter(candidate.PlusDays(1));
        }
        return Resolve(candidate).ToDateTimeOffset();
    }

    /// <summary>The latest occurrence at or before <paramref name="atOrBefore"/>.</summary>
    public DateTimeOffset LatestAtOrBefore(DateTimeOffset atOrBefore)
    {
        var instant = Instant.FromDateTimeOffset(atOrBefore);
        var candidate = OccurrenceOnOrBefore(instant.InZone(_zone).Date.PlusDays(1));
        while (Resolve(candidate) > instant)
        {
            candidate = OccurrenceOnOrBefore(candidate.PlusDays(-1));
        }
        return Resolve(candidate).ToDateTimeOffset();
    }

    /// <summary>The local date of an occurrence, for its natural-key name (e.g. "daily-sweep:2026-03-08").</summary>
    public string OccurrenceKey(DateTimeOffset occurrence) =>
        Instant.FromDateTimeOffset(occurrence).InZone(_zone).Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private LocalDate OccurrenceOnOrAfter(LocalDate date)
    {
        if (_firstWeekdayOfMonth is not { } weekday) return date;
        var first = FirstInMonth(date, weekday);
        return first >= date ? first : FirstInMonth(date.PlusMonths(1), weekday);
    }

    private LocalDate OccurrenceOnOrBefore(LocalDate date)
    {
        if (_firstWeekdayOfMonth is not { } weekday) return date;
        var first = FirstInMonth(date, weekday);
        return first <= date ? first : FirstInMonth(date.PlusMonths(-1), weekday);
    }

    private static LocalDate FirstInMonth(LocalDate date, IsoDayOfWeek weekday) =>
        new LocalDate(date.Year, date.Month, 1).With(DateAdjusters.NextOrSame(weekday));

    private Instant Resolve(LocalDate date) =>
        _zone.ResolveLocal(date.At(_at), Resolvers.LenientResolver).ToInstant();

    private static DateTimeZone Zone(string id) =>
        DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) ?? throw new ArgumentException($"Unknown IANA timezone '{id}'.", nameof(id));
}
