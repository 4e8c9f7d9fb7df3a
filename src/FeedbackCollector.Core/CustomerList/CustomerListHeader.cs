namespace FeedbackCollector.Core.CustomerList;

/// <summary>
/// Which column holds which field, from the customer list's first row (the owner's sheet, or customers.csv).
/// Names are matched after trimming, lowercasing and turning spaces and dashes into underscores, with the common
/// aliases owners use ("Ended at", "Service", "Booking id"). Columns it does not know are left alone (room for the
/// owner's own notes); an optional consent column is read.
/// </summary>
public sealed class CustomerListHeader
{
    /// <summary>The columns this collector writes, in the order a new list gets them.</summary>
    public static readonly string[] Fields = ["first_name", "email", "phone", "visit_type", "visit_end", "source", "source_id"];

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["first_name"] = "first_name", ["firstname"] = "first_name", ["first"] = "first_name", ["name"] = "first_name",
        ["email"] = "email", ["e_mail"] = "email", ["email_address"] = "email",
        ["phone"] = "phone", ["phone_number"] = "phone", ["mobile"] = "phone",
        ["visit_type"] = "visit_type", ["service"] = "visit_type", ["type"] = "visit_type",
        ["visit_end"] = "visit_end", ["ended_at"] = "visit_end", ["end"] = "visit_end", ["visit_ended"] = "visit_end",
        ["source"] = "source",
        ["source_id"] = "source_id", ["id"] = "source_id", ["booking_id"] = "source_id",
        // Optional: "no" (or false, 0, n) records the visit and never asks (Consent.Refuses); not a column we write.
        ["consent"] = "consent",
    };

    private readonly Dictionary<string, int> _columns;

    private CustomerListHeader(Dictionary<string, int> columns, int width)
    {
        _columns = columns;
        Width = width;
    }

    /// <summary>How many cells the header row has.</summary>
    public int Width { get; }

    /// <summary>
    /// The header, or null with what is missing and what was found: an owner who renamed "visit_end" to "When"
    /// reads which column to name back, not a generic "bad header".
    /// </summary>
    public static (CustomerListHeader? Header, string? Error) Read(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            if (Aliases.TryGetValue(Normalize(names[i]), out var field)) columns.TryAdd(field, i);
        }
        var missing = new List<string>();
        if (!columns.ContainsKey("visit_end")) missing.Add("visit_end (or ended_at)");
        if (!columns.ContainsKey("email") && !columns.ContainsKey("phone")) missing.Add("email or phone");
        if (missing.Count == 0) return (new CustomerListHeader(columns, names.Count), null);
        var found = names.Where(n => n.Trim().Length > 0).Select(n => "'" + Clip(n.Trim()) + "'").Take(20).ToList();
        return (null, $"the header row has no {string.Join(" and no ", missing)} column; found: "
            + (found.Count == 0 ? "an empty row" : string.Join(", ", found)) + $"; expected: {string.Join(", ", Fields)}");
    }

    public bool Has(string field) => _columns.ContainsKey(field);

    /// <summary>The column of a field, or -1.</summary>
    public int IndexOf(string field) => _columns.TryGetValue(field, out var i) ? i : -1;

    /// <summary>The trimmed cell of a field, with a writer's formula guard taken off; "" when the row has no such cell.</summary>
    public string Text(IReadOnlyList<string> row, string field) =>
        _columns.TryGetValue(field, out var i) && i < row.Count ? CustomerListCells.Unguard(row[i].Trim()).Trim() : "";

    /// <summary>Our fields the header lacks, in <see cref="Fields"/> order (a writer adds them at the end).</summary>
    public IReadOnlyList<string> Missing() => [.. Fields.Where(f => !_columns.ContainsKey(f))];

    private static string Normalize(string header) =>
        header.Trim().TrimStart('\uFEFF').ToLowerInvariant().Replace(' ', '_').Replace('-', '_');

    private static string Clip(string s) => s.Length > 40 ? s[..40] + "…" : s;
}
