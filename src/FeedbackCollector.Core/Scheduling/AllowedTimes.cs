using FeedbackCollector.Core.Rules;
using NodaTime;

namespace FeedbackCollector.Core.Scheduling;

/// <summary>
/// Finds the first instant at or after a given one that is outside quiet hours and not on a
/// closed day or holiday, judged on the wall clock of the business's zone.
/// </summary>
internal static class AllowedTimes
{
    /// <summary>A year of closed days and holidays means there is no allowed time; stop looking.</summary>
    public const int SearchDays = 366;

    public static DateTimeZone? ZoneOrNull(string id) => DateTimeZoneProviders.Tzdb.GetZoneOrNull(id);

    public static bool IsAllowed(ZonedDateTime at, BusinessRules rules, HolidayCalendar holidays) =>
        !IsClosed(at.Date, rules, holidays) && !rules.QuietHours.Contains(at.TimeOfDay.ToTimeOnly());

    public static bool IsClosed(LocalDate date, BusinessRules rules, HolidayCalendar holidays) =>
        rules.ClosedDays.Contains(date.ToDateOnly().DayOfWeek) || holidays.IsHoliday(date.ToDateOnly());

    /// <summary>Null when nothing is allowed within <see cref="SearchDays"/> days.</summary>
    public static ZonedDateTime? First(Instant earliest, DateTimeZone zone, BusinessRules rules, HolidayCalendar holidays)
    {
        var limit = earliest + Duration.FromDays(SearchDays);
        var instant = earliest;
        while (instant <= limit)
        {
            var local = instant.InZone(zone);
            if (IsAllowed(local, rules, holidays)) return local;
            var next = IsClosed(local.Date, rules, holidays)
                ? zone.AtStartOfDay(local.Date.PlusDays(1)).ToInstant()
                : FirstAtOrAfter(zone, QuietEnd(local.LocalDateTime, rules.QuietHours), instant);
            // Every step must move forward, whatever the zone's transitions do; this guards the loop.
            instant = next > instant ? next : instant + Duration.FromMinutes(1);
        }
        return null;
    }

    /// <summary>When the quiet period containing <paramref name="local"/> ends on the wall clock.</summary>
    private static LocalDateTime QuietEnd(LocalDateTime local, QuietHours quiet)
    {
        var end = LocalTime.FromTimeOnly(quiet.End);
        var endsTomorrow = quiet.Start > quiet.End && local.TimeOfDay >= LocalTime.FromTimeOnly(quiet.Start);
        return (endsTomorrow ? local.Date.PlusDays(1) : local.Date).At(end);
    }

    /// <summary>
    /// The first instant the wall clock shows <paramref name="target"/>, not before <paramref name="notBefore"/>.
    /// In a spring-forward gap that is the instant the gap ends (the clock jumps past the target);
    /// in a fall-back overlap it is the earlier occurrence unless that one has already passed.
    /// </summary>
    private static Instant FirstAtOrAfter(DateTimeZone zone, LocalDateTime target, Instant notBefore)
    {
        var mapping = zone.MapLocal(target);
        return mapping.Count switch
        {
            0 => mapping.LateInterval.Start,
            1 => mapping.Single().ToInstant(),
            _ => mapping.First().ToInstant() >= notBefore ? mapping.First().ToInstant() : mapping.Last().ToInstant(),
        };
    }
}
