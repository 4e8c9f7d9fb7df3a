using System.Text.Json;

namespace FeedbackCollector.Google.Sheets;

/// <summary>
/// Which column holds which field, from the sheet's first row. Header names are matched after
/// trimming, lowercasing and turning spaces and dashes into underscores, with a few common aliases
/// ("Ended at", "Service", "Booking id") because owners name their own columns.
/// </summary>
internal sealed class SheetHeader
{
    public static readonly string[] Fields = ["first_name", "email", "phone", "visit_type", "visit_end", "source_id", "consent"];

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["first_name"] = "first_name", ["firstname"] = "first_name", ["first"] = "first_name", ["name"] = "first_name",
        ["email"] = "email", ["e_mail"] = "email", ["email_address"] = "email",
        ["phone"] = "phone", ["phone_number"] = "phone", ["mobile"] = "phone",
        ["visit_type"] = "visit_type", ["service"] = "visit_type", ["type"] = "visit_type",
        ["visit_end"] = "visit_end", ["ended_at"] = "visit_end", ["end"] = "visit_end", ["visit_ended"] = "visit_end",
        ["source_id"] = "source_id", ["id"] = "source_id", ["booking_id"] = "source_id",
        ["consent"] = "consent", ["may_ask"] = "consent", ["feedback_consent"] = "consent",
    };

    private readonly Dictionary<string, int> _columns;

    private SheetHeader(Dictionary<string, int> columns) => _columns = columns;

    /// <summary>The header, or null with the reason when the row lacks visit_end or a contact column.</summary>
    public static (SheetHeader? Header, string? Error) Read(IReadOnlyList<JsonElement>? row)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; row is not null && i < row.Count; i++)
        {
            if (Aliases.TryGetValue(Normalize(SheetCell.Text(row[i])), out var field)) columns.TryAdd(field, i);
        }
        if (!columns.ContainsKey("visit_end") || !(columns.ContainsKey("email") || columns.ContainsKey("phone")))
            return (null, $"the first row must name the columns, with visit_end (or ended_at) and email or phone; expected: {string.Join(", ", Fields)}");
        return (new SheetHeader(columns), null);
    }

    public bool Has(string field) => _columns.ContainsKey(field);

    public JsonElement? Cell(IReadOnlyList<JsonElement> row, string field) =>
        _columns.TryGetValue(field, out var i) && i < row.Count ? row[i] : null;

    public string Text(IReadOnlyList<JsonElement> row, string field) => Cell(row, field) is { } cell ? SheetCell.Text(cell).Trim() : "";

    private static string Normalize(string header) =>
        header.Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_');
}
