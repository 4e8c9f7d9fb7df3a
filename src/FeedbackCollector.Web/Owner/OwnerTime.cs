using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace FeedbackCollector.Web.Owner;

/// <summary>Instants as the owner reads them: wall-clock time in the business's timezone, e.g. "Mon 2 Mar 2026, 17:05".</summary>
internal sealed class OwnerTime(string timeZone)
{
    private static readonly LocalDateTimePattern Full = LocalDateTimePattern.Create("ddd d MMM yyyy, HH:mm", CultureInfo.InvariantCulture);
    private static readonly LocalDatePattern Day = LocalDatePattern.Create("d MMM", CultureInfo.InvariantCulture);

    private readonly DateTimeZone _zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZone) ?? DateTimeZone.Utc;

    /// <summary>The zone's id as shown under the page heading.</summary>
    public string ZoneId => _zone.Id;

    public string Format(DateTimeOffset at) => Full.Format(Instant.FromDateTimeOffset(at).InZone(_zone).LocalDateTime);

    public static string ShortDay(DateOnly date) => Day.Format(new LocalDate(date.Year, date.Month, date.Day));
}
