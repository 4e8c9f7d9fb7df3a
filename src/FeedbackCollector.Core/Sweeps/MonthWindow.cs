using System.Globalization;
using NodaTime;

namespace FeedbackCollector.Core.Sweeps;

/// <summary>
/// One calendar month in the business's timezone as a half-open instant range [From, To), so an
/// answer at 00:30 on the 1st in Singapore counts in the new month even though it is still the
/// previous day in UTC.
/// </summary>
public sealed record MonthWindow(int Year, int Month, DateTimeOffset From, DateTimeOffset To)
{
    /// <summary>"yyyy-MM": the natural key of a month's summary.</summary>
    public string Key => $"{Year.ToString("D4", CultureInfo.InvariantCulture)}-{Month.ToString("D2", CultureInfo.InvariantCulture)}";

    public bool Contains(DateTimeOffset t) => t >= From && t < To;

    public static MonthWindow For(int year, int month, string timeZone)
    {
        var zone = Zone(timeZone);
        var first = new LocalDate(year, month, 1);
        return new MonthWindow(year, month, Start(first, zone), Start(first.PlusMonths(1), zone));
    }

    /// <summary>The month before the one <paramref name="now"/> falls in, in the business's timezone.</summary>
    public static MonthWindow Previous(DateTimeOffset now, string timeZone)
    {
        var local = Instant.FromDateTimeOffset(now).InZone(Zone(timeZone)).Date;
        var previous = local.PlusMonths(-1);
        return For(previous.Year, previous.Month, timeZone);
    }

    /// <summary>The calendar month before <paramref name="month"/>, in the same timezone.</summary>
    public static MonthWindow Before(MonthWindow month, string timeZone)
    {
        ArgumentNullException.ThrowIfNull(month);
        var previous = new LocalDate(month.Year, month.Month, 1).PlusMonths(-1);
        return For(previous.Year, previous.Month, timeZone);
    }

    private static DateTimeOffset Start(LocalDate date, DateTimeZone zone) =>
        date.AtStartOfDayInZone(zone).ToInstant().ToDateTimeOffset();

    internal static DateTimeZone Zone(string id) =>
        DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) ?? throw new ArgumentException($"Unknown IANA timezone '{id}'.", nameof(id));
}
