using System.Globalization;
using System.Text.Json;
using FeedbackCollector.Core.Model;
using NodaTime;

namespace FeedbackCollector.Google.Sheets;

/// <summary>
/// One sheet row as a Visit, or the reason it cannot be one. Same fields as customers.csv:
/// first_name (optional), email and/or phone, visit_type (default "visit"), visit_end (a date cell,
/// or text with or without an offset; without one it is the business's local time), source_id
/// (optional; without it the row is identified by the sheet and its row number), consent (optional; "no" means
/// never ask: the visit is recorded and closed).
/// </summary>
internal static class SheetVisitRow
{
    public const string Source = "sheet";

    public static (Visit? Visit, string? Error) Parse(SheetHeader header, IReadOnlyList<JsonElement> row, int rowNumber, string sheetKey, DateTimeZone zone)
    {
        var email = header.Text(row, "email");
        var phone = header.Text(row, "phone");
        if (email.Length == 0 && phone.Length == 0) return (null, "needs an email or a phone");
        if (email.Length > 0 && !VisitFields.LooksLikeEmail(email)) return (null, $"'{VisitFields.Clip(email)}' is not an email address");
        if (phone.Length > 0 && !VisitFields.LooksLikePhone(phone)) return (null, $"'{VisitFields.Clip(phone)}' is not a phone number");
        if (!TryEnd(header.Cell(row, "visit_end"), zone, out var endedAt, out var rangeProblem))
            return (null, $"visit_end '{VisitFields.Clip(header.Text(row, "visit_end"))}' {rangeProblem ?? "is not a date and time like 2026-11-28 14:30"}");
        var visitType = header.Text(row, "visit_type") is { Length: > 0 } t ? Cap(t) : "visit";
        var sourceId = header.Text(row, "source_id") is { Length: > 0 } id
            ? Cap(id)
            : string.Create(CultureInfo.InvariantCulture, $"{sheetKey}#row{rowNumber}");
        var customer = new Customer(
            AskId.ForCustomer(email.Length > 0 ? email : null, phone.Length > 0 ? phone : null),
            Cap(header.Text(row, "first_name")),
            email.Length > 0 ? email : null,
            phone.Length > 0 ? phone : null);
        return (new Visit(Source, sourceId, customer, visitType, endedAt) { ConsentRefused = Consent.Refuses(header.Text(row, "consent")) }, null);
    }

    public static bool IsBlank(IReadOnlyList<JsonElement> row) =>
        row.All(cell => SheetCell.Text(cell).Trim().Length == 0);

    /// <summary>The visit's end, or false with <paramref name="rangeProblem"/> saying why a date cannot be one (null: not a date).</summary>
    private static bool TryEnd(JsonElement? cell, DateTimeZone zone, out DateTimeOffset endedAt, out string? rangeProblem)
    {
        endedAt = default;
        rangeProblem = null;
        if (cell is not { } value) return false;
        if (SheetCell.TrySerialDate(value, out var local))
        {
            var inZone = VisitTime.InZone(local, zone, out rangeProblem);
            endedAt = inZone ?? default;
            return inZone is not null;
        }
        return VisitFields.TryParseTime(SheetCell.Text(value).Trim(), zone, out endedAt, out rangeProblem);
    }

    private static string Cap(string s) => s.Length > VisitFields.MaxFieldChars ? s[..VisitFields.MaxFieldChars] : s;
}
