using NodaTime;
using NodaTime.Text;

namespace FeedbackCollector.Core.Scheduling;

/// <summary>A DTSTART/DTEND value: a whole date (VALUE=DATE) or a date-time placed in the business's zone.</summary>
internal readonly record struct IcsDateValue(LocalDateTime Local, bool IsDate)
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.CreateWithInvariantCulture("uuuuMMdd");
    private static readonly LocalDateTimePattern DateTimePattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuuMMdd'T'HHmmss");

    public LocalDate Date => Local.Date;

    /// <summary>
    /// Dates are taken as written. Date-times with a TZID, or in UTC ("Z"), are moved into the
    /// business's zone when it is known; floating date-times are taken as written.
    /// </summary>
    public static IcsDateValue? Parse(IcsContentLine line, DateTimeZone? businessZone)
    {
        var value = line.Value;
        var isDate = string.Equals(line.Parameter("VALUE"), "DATE", StringComparison.OrdinalIgnoreCase) || value.Length == 8;
        if (isDate)
        {
            var date = DatePattern.Parse(value);
            return date.Success ? new IcsDateValue(date.Value.AtMidnight(), true) : null;
        }
        var utc = value.EndsWith('Z') || value.EndsWith('z');
        var local = DateTimePattern.Parse(utc ? value[..^1] : value);
        if (!local.Success) return null;
        var sourceZone = utc ? DateTimeZone.Utc : ZoneOrNull(line.Parameter("TZID"));
        return new IcsDateValue(ToBusinessZone(local.Value, sourceZone, businessZone), false);
    }

    private static LocalDateTime ToBusinessZone(LocalDateTime local, DateTimeZone? from, DateTimeZone? to) =>
        from is null || to is null ? local : local.InZoneLeniently(from).WithZone(to).LocalDateTime;

    private static DateTimeZone? ZoneOrNull(string? id) =>
        string.IsNullOrWhiteSpace(id) ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(id.Trim());
}
