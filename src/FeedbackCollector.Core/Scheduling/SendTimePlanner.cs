using System.Globalization;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Rules;
using NodaTime;

namespace FeedbackCollector.Core.Scheduling;

/// <summary>
/// Decides when to send the ask for a visit: visit end + the wait for its type, moved forward out of
/// quiet hours and off closed days and holidays on the business's wall clock; or why not to send.
/// </summary>
public static class SendTimePlanner
{
    public const string SuppressedReason = "customer unsubscribed or suppressed";
    public const string NoContactReason = "no email or phone";

    public static PlanOutcome Plan(PlanRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (visit, rules) = (request.Visit, request.Rules);
        if (visit.ConsentRefused) return new PlanOutcome.NotPlanned(Consent.RefusedReason);
        if (request.Suppressed) return new PlanOutcome.NotPlanned(SuppressedReason);
        if (string.IsNullOrWhiteSpace(visit.Customer.Email) && string.IsNullOrWhiteSpace(visit.Customer.Phone))
        {
            return new PlanOutcome.NotPlanned(NoContactReason);
        }
        if (AllowedTimes.ZoneOrNull(rules.TimeZone) is not { } zone)
        {
            return new PlanOutcome.NotPlanned($"unknown time zone \"{rules.TimeZone}\"");
        }
        var earliest = Instant.FromDateTimeOffset(visit.EndedAt + rules.WaitFor(visit.VisitType));
        if (AllowedTimes.First(earliest, zone, rules, request.Holidays) is not { } sendAt)
        {
            return new PlanOutcome.NotPlanned(
                $"no allowed send time within {AllowedTimes.SearchDays} days of {earliest.InZone(zone).Date.ToDateOnly():yyyy-MM-dd}: " +
                "every day is closed or a holiday");
        }
        var capReason = AskCapReason(request, sendAt);
        return capReason is null ? new PlanOutcome.Planned(sendAt.ToDateTimeOffset()) : new PlanOutcome.NotPlanned(capReason);
    }

    /// <summary>
    /// The first allowed instant at or after <paramref name="earliest"/> (also for follow-ups), in the
    /// business's offset. Throws when the zone is unknown or no time is allowed within 366 days.
    /// </summary>
    public static DateTimeOffset NextAllowed(DateTimeOffset earliest, BusinessRules rules, HolidayCalendar holidays) =>
        TryNextAllowed(earliest, rules, holidays)
        ?? throw new InvalidOperationException($"No send time is allowed within {AllowedTimes.SearchDays} days: every day is closed or a holiday.");

    /// <summary>As <see cref="NextAllowed"/>, but null when no time is allowed within 366 days.</summary>
    public static DateTimeOffset? TryNextAllowed(DateTimeOffset earliest, BusinessRules rules, HolidayCalendar holidays)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(holidays);
        var zone = AllowedTimes.ZoneOrNull(rules.TimeZone)
            ?? throw new ArgumentException($"Unknown time zone \"{rules.TimeZone}\".", nameof(rules));
        return AllowedTimes.First(Instant.FromDateTimeOffset(earliest), zone, rules, holidays)?.ToDateTimeOffset();
    }

    /// <summary>
    /// Counts the customer's other asks sent or planned within the cap's window of this send, on
    /// either side: an ask already planned for next week breaks the cap as much as one sent last week.
    /// </summary>
    private static string? AskCapReason(PlanRequest request, ZonedDateTime sendAt)
    {
        var cap = request.Rules.AskCap;
        // A first-time customer (most rows of an import) has nothing to count.
        if (request.PriorAsks.Count == 0 && cap.MaxAsks > 0) return null;
        var at = sendAt.ToDateTimeOffset();
        var visit = request.Visit;
        var askId = visit.AskId; // a hash: derived once, not per prior ask
        var nearby = request.PriorAsks
            .Where(a => a.CustomerId == visit.Customer.CustomerId && a.AskId != askId)
            .Where(a => (a.SendAt - at).Duration() < cap.Window)
            .ToList();
        if (nearby.Count < cap.MaxAsks) return null;
        var limit = $"at most {cap.MaxAsks} per {Describe(cap.Window)}";
        if (nearby.Count == 0) return $"ask cap: no asks allowed ({limit})";
        var latest = nearby.MaxBy(a => a.SendAt)!;
        var day = Instant.FromDateTimeOffset(latest.SendAt).InZone(sendAt.Zone).Date.ToDateOnly()
            .ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return latest.SendAt <= at
            ? $"ask cap: already asked on {day} ({limit})"
            : $"ask cap: another ask is planned for {day} ({limit})";
    }

    private static string Describe(TimeSpan window) =>
        window.Ticks % TimeSpan.TicksPerDay == 0
            ? Plural((long)window.TotalDays, "day")
            : Plural((long)Math.Ceiling(window.TotalHours), "hour");

    private static string Plural(long n, string unit) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + unit + (n == 1 ? "" : "s");
}
