namespace FeedbackCollector.Core.Rules;

/// <summary>
/// Countries the PublicHoliday package computes holidays for, by the names an owner might write.
/// Kept as a table (not reflection) so it trims; Singapore is deliberately absent: PublicHoliday has no calendar for it.
/// </summary>
internal static class HolidayCountries
{
    private static readonly (string Code, string[] Names)[] Table =
    [
        ("AU", ["Australia"]), ("AT", ["Austria"]), ("BE", ["Belgium"]), ("BR", ["Brazil"]), ("CA", ["Canada"]),
        ("HR", ["Croatia"]), ("CZ", ["Czech Republic", "Czechia"]), ("DK", ["Denmark"]), ("NL", ["Netherlands", "Holland"]),
        ("EE", ["Estonia"]), ("FI", ["Finland"]), ("FR", ["France"]), ("DE", ["Germany"]), ("GR", ["Greece"]),
        ("HU", ["Hungary"]), ("IE", ["Ireland"]), ("IT", ["Italy"]), ("JP", ["Japan"]), ("KZ", ["Kazakhstan"]),
        ("LV", ["Latvia"]), ("LT", ["Lithuania"]), ("LU", ["Luxembourg"]), ("MX", ["Mexico"]), ("ME", ["Montenegro"]),
        ("NZ", ["New Zealand"]), ("NO", ["Norway"]), ("PL", ["Poland"]), ("PT", ["Portugal"]), ("RO", ["Romania"]),
        ("RS", ["Serbia"]), ("SK", ["Slovakia"]), ("SI", ["Slovenia"]), ("ZA", ["South Africa"]), ("ES", ["Spain"]),
        ("SE", ["Sweden"]), ("CH", ["Switzerland"]), ("TR", ["Turkey", "Türkiye"]),
        ("GB", ["United Kingdom", "UK", "Great Britain", "Britain", "England"]),
        ("US", ["United States", "USA", "United States of America", "America"]),
    ];

    private static readonly Dictionary<string, string> ByName = Build();

    /// <summary>The ISO code for a covered country name or code, else null.</summary>
    public static string? CodeOf(string text)
    {
        var t = string.Join(' ', text.Replace(".", "", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (t.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) t = t[4..];
        return ByName.TryGetValue(t, out var code) ? code : null;
    }

    public static IEnumerable<string> Names => Table.SelectMany(e => e.Names);

    private static Dictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (code, names) in Table)
        {
            map[code] = code;
            foreach (var n in names) map[n] = code;
        }
        return map;
    }
}
