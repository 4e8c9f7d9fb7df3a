using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using FeedbackCollector.Core.Model;
using NodaTime;

namespace FeedbackCollector.Core.CustomerList;

/// <summary>
/// One customer-list row as a Visit, or why it cannot be one. The visit is named by its natural key, never by its
/// row number: source + source_id when the row has them (a sale the webhook appended carries the POS's own, so the
/// row and the sale are one ask), else a stable hash of the identifying fields (normalised contact, visit time and
/// visit type). Sorting the sheet, inserting rows above or deleting rows therefore changes no row's ask.
/// </summary>
public static partial class CustomerListRow
{
    /// <summary>The source of a row that names none (as customers.csv rows always were).</summary>
    public const string DefaultSource = "csv";
    public const int MaxFieldChars = 200;

    public static (Visit? Visit, string? Error) Parse(CustomerListHeader header, IReadOnlyList<string> row, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(row);
        var email = header.Text(row, "email");
        var phone = header.Text(row, "phone");
        if (email.Length == 0 && phone.Length == 0) return (null, "no contact: needs an email or a phone");
        if (email.Length > 0 && !LooksLikeEmail(email)) return (null, $"'{Clip(email)}' is not an email address");
        if (phone.Length > 0 && phone.Count(char.IsAsciiDigit) < 6) return (null, $"'{Clip(phone)}' is not a phone number");
        var endText = header.Text(row, "visit_end");
        if (!TryParseEnd(endText, zone, out var endedAt, out var range))
            return (null, range is null ? $"visit_end '{Clip(endText)}' is not a date and time like 2026-11-28 14:30" : $"visit_end '{Clip(endText)}' {range}");
        var visitType = header.Text(row, "visit_type") is { Length: > 0 } t ? Cap(t) : "visit";
        var source = header.Text(row, "source") is { Length: > 0 } s ? Cap(s.ToLowerInvariant()) : DefaultSource;
        var sourceId = header.Text(row, "source_id") is { Length: > 0 } id ? Cap(id) : NaturalKey(email, phone, endedAt, visitType);
        var customer = new Customer(
            AskId.ForCustomer(email.Length > 0 ? email : null, phone.Length > 0 ? phone : null),
            Cap(header.Text(row, "first_name")), email.Length > 0 ? email : null, phone.Length > 0 ? phone : null);
        return (new Visit(source, sourceId, customer, visitType, endedAt) { ConsentRefused = Consent.Refuses(header.Text(row, "consent")) }, null);
    }

    /// <summary>The cells a visit is written as, in the header's column order (cells of other columns left empty).</summary>
    public static string[] Cells(Visit visit, IReadOnlyList<string> columns)
    {
        ArgumentNullException.ThrowIfNull(visit);
        ArgumentNullException.ThrowIfNull(columns);
        var (header, _) = CustomerListHeader.Read(columns);
        var cells = new string[columns.Count];
        Array.Fill(cells, "");
        foreach (var field in CustomerListHeader.Fields)
        {
            var i = header?.IndexOf(field) ?? Array.IndexOf(CustomerListHeader.Fields, field);
            if (i >= 0 && i < cells.Length) cells[i] = CustomerListCells.Guard(Value(visit, field));
        }
        return cells;
    }

    private static string Value(Visit visit, string field) => field switch
    {
        "first_name" => visit.Customer.FirstName,
        "email" => visit.Customer.Email ?? "",
        "phone" => visit.Customer.Phone ?? "",
        "visit_type" => visit.VisitType,
        "visit_end" => visit.EndedAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        "source" => visit.Source,
        "source_id" => visit.SourceId,
        _ => "",
    };

    /// <summary>
    /// The visit's end, or false: unreadable (<paramref name="range"/> null), or outside <see cref="VisitTime"/>'s years
    /// (<paramref name="range"/> says so: year 9999 plus a wait would overflow every date type downstream).
    /// </summary>
    internal static bool TryParseEnd(string text, DateTimeZone zone, out DateTimeOffset value, out string? range)
    {
        value = default;
        range = null;
        if (text.Length is 0 or > 40) return false;
        var culture = CultureInfo.InvariantCulture;
        if (HasOffset().IsMatch(text))
        {
            if (!DateTimeOffset.TryParse(text, culture, DateTimeStyles.None, out value)) return false;
            range = VisitTime.RangeProblem(value);
            return range is null;
        }
        if (!DateTime.TryParse(text, culture, DateTimeStyles.None, out var local)) return false;
        if (VisitTime.InZone(local, zone, out range) is not { } at) return false;
        value = at;
        return true;
    }

    private static bool LooksLikeEmail(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == email.LastIndexOf('@') && at < email.Length - 3 && email.Length <= 254
            && !email.Any(char.IsWhiteSpace) && email[(at + 1)..].Contains('.', StringComparison.Ordinal);
    }

    /// <summary>A row without source_id: the same person, visit time and visit type always give the same key.</summary>
    private static string NaturalKey(string email, string phone, DateTimeOffset endedAt, string visitType)
    {
        var key = string.Create(CultureInfo.InvariantCulture,
            $"{email.ToLowerInvariant()}|{new string([.. phone.Where(char.IsAsciiDigit)])}|{endedAt.ToUnixTimeSeconds()}|{visitType.Trim().ToLowerInvariant()}");
        return "row-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..20];
    }

    private static string Cap(string s) => s.Length > MaxFieldChars ? s[..MaxFieldChars] : s;

    private static string Clip(string s) => s.Length > 40 ? s[..40] + "…" : s;

    [GeneratedRegex(@"(Z|[+-]\d{2}:?\d{2})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HasOffset();
}
