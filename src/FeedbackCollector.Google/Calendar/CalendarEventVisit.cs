using System.Globalization;
using FeedbackCollector.Core.Model;

namespace FeedbackCollector.Google.Calendar;

/// <summary>
/// One calendar event as a Visit: the first attendee who is neither the organizer, the calendar
/// itself, a room nor a decliner is the customer; the visit type comes from a private extended
/// property or the summary ("Haircut – Ann" → "Haircut").
/// </summary>
internal static class CalendarEventVisit
{
    public const string Source = "calendar";

    public static (Visit? Visit, string? Error) Parse(CalendarEvent e, DateTimeOffset end, CalendarSourceOptions options)
    {
        var attendee = e.Attendees?.FirstOrDefault(a =>
            !a.Organizer && !a.Self && !a.Resource && a.ResponseStatus != "declined" && !string.IsNullOrWhiteSpace(a.Email));
        if (attendee is null) return (null, "has no customer among its attendees");
        var email = attendee.Email!.Trim();
        if (!VisitFields.LooksLikeEmail(email)) return (null, $"attendee '{VisitFields.Clip(email)}' is not an email address");
        var (typeFromSummary, nameFromSummary) = SplitSummary(e.Summary ?? "", options.SummarySeparators);
        var visitType = e.ExtendedProperties?.Private?.GetValueOrDefault(options.VisitTypeProperty)?.Trim() is { Length: > 0 } fromProperty
            ? fromProperty
            : typeFromSummary.Length > 0 ? typeFromSummary : options.DefaultVisitType;
        var firstName = FirstWord(attendee.DisplayName) ?? FirstWord(nameFromSummary) ?? "";
        var customer = new Customer(AskId.ForCustomer(email, null), firstName, email, null);
        return (new Visit(Source, e.Id!, customer, Cap(visitType), end), null);
    }

    public static bool TryParseTime(EventTime? time, out DateTimeOffset value)
    {
        value = default;
        return time?.DateTime is { Length: > 0 and <= 40 } text
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
    }

    internal static (string Type, string Remainder) SplitSummary(string summary, IReadOnlyList<string> separators)
    {
        var best = -1;
        var length = 0;
        foreach (var separator in separators)
        {
            var i = summary.IndexOf(separator, StringComparison.Ordinal);
            if (i >= 0 && (best < 0 || i < best)) (best, length) = (i, separator.Length);
        }
        return best < 0 ? (summary.Trim(), "") : (summary[..best].Trim(), summary[(best + length)..].Trim());
    }

    private static string? FirstWord(string? name) =>
        name?.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries) is [var first, ..] && !first.Contains('@', StringComparison.Ordinal)
            ? Cap(first)
            : null;

    private static string Cap(string s) => s.Length > VisitFields.MaxFieldChars ? s[..VisitFields.MaxFieldChars] : s;
}
