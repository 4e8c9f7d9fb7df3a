using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using FeedbackCollector.Core.Model;
using NodaTime;

namespace FeedbackCollector.Local.Intake;

/// <summary>
/// Turns one customers.csv row into a Visit, or says why it cannot. Columns by header name
/// (case-insensitive, any order, extra columns ignored):
/// <list type="bullet">
/// <item>first_name: optional, what the ask calls the customer.</item>
/// <item>email, phone: at least one of them; the customer id is derived from it.</item>
/// <item>visit_type: optional (default "visit"), chooses the wait in rules.txt.</item>
/// <item>visit_end: when the visit ended, ISO-8601 ("2026-11-28T14:30:00+08:00", or without an
/// offset in the business's timezone: "2026-11-28 14:30").</item>
/// <item>source_id: optional id of the visit in the owner's own system; without it the row's
/// contact and time identify it, so re-reading the same row never makes a second ask.</item>
/// <item>consent: optional; "no" (or false, 0, n) records the visit and never asks (Consent.Refuses).</item>
/// </list>
/// </summary>
internal static partial class CsvVisitRow
{
    public const string Source = "csv";
    public static readonly string[] Columns = ["first_name", "email", "phone", "visit_type", "visit_end", "source_id", "consent"];

    public static (Visit? Visit, string? Error) Parse(Func<string, string> field, DateTimeZone zone)
    {
        var email = field("email").Trim();
        var phone = field("phone").Trim();
        if (email.Length == 0 && phone.Length == 0) return (null, "needs an email or a phone");
        if (email.Length > 0 && !LooksLikeEmail(email)) return (null, $"'{Clip(email)}' is not an email address");
        if (phone.Length > 0 && phone.Count(char.IsAsciiDigit) < 6) return (null, $"'{Clip(phone)}' is not a phone number");
        var endText = field("visit_end").Trim();
        if (!TryParseEnd(endText, zone, out var endedAt, out var rangeProblem))
            return (null, rangeProblem is null ? $"visit_end '{Clip(endText)}' is not a date and time like 2026-11-28 14:30" : $"visit_end '{Clip(endText)}' {rangeProblem}");
        var visitType = field("visit_type").Trim() is { Length: > 0 } t ? t : "visit";
        var sourceId = field("source_id").Trim() is { Length: > 0 } id ? id : DerivedId(email, phone, endedAt);
        var customer = new Customer(
            AskId.ForCustomer(email.Length > 0 ? email : null, phone.Length > 0 ? phone : null),
            field("first_name").Trim(),
            email.Length > 0 ? email : null,
            phone.Length > 0 ? phone : null);
        return (new Visit(Source, sourceId, customer, visitType, endedAt) { ConsentRefused = Consent.Refuses(field("consent")) }, null);
    }

    /// <summary>
    /// The visit's end, or false: with <paramref name="rangeProblem"/> null when the text is no date, or saying why a
    /// date cannot be a visit's end (year 9999 once planned an ask that could never be scheduled; year 1 threw).
    /// </summary>
    internal static bool TryParseEnd(string text, DateTimeZone zone, out DateTimeOffset value, out string? rangeProblem)
    {
        value = default;
        rangeProblem = null;
        if (text.Length is 0 or > 40) return false;
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        if (HasOffset().IsMatch(text))
        {
            if (!DateTimeOffset.TryParse(text, culture, System.Globalization.DateTimeStyles.None, out value)) return false;
            rangeProblem = VisitTime.RangeProblem(value);
            return rangeProblem is null;
        }
        if (!DateTime.TryParse(text, culture, System.Globalization.DateTimeStyles.None, out var local)) return false;
        var inZone = VisitTime.InZone(local, zone, out rangeProblem);
        value = inZone ?? default;
        return inZone is not null;
    }

    private static bool LooksLikeEmail(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == email.LastIndexOf('@') && at < email.Length - 3 && email.Length <= 254
            && !email.Any(char.IsWhiteSpace) && email[(at + 1)..].Contains('.', StringComparison.Ordinal);
    }

    private static string DerivedId(string email, string phone, DateTimeOffset endedAt)
    {
        var key = $"{email.ToLowerInvariant()}|{new string(phone.Where(char.IsAsciiDigit).ToArray())}|{endedAt.ToUnixTimeSeconds()}";
        return "row-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..20];
    }

    private static string Clip(string s) => s.Length > 40 ? s[..40] + "…" : s;

    [GeneratedRegex(@"(Z|[+-]\d{2}:?\d{2})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HasOffset();
}
