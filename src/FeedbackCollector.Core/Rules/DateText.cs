using System.Globalization;

namespace FeedbackCollector.Core.Rules;

/// <summary>Reads a holiday date an owner typed: "2026-12-25", "25 Dec 2026", "December 25, 2026", "25th December 2026".</summary>
internal static class DateText
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd", "yyyy-M-d", "d MMM yyyy", "d MMMM yyyy", "MMM d yyyy", "MMMM d yyyy",
        "ddd d MMM yyyy", "dddd d MMMM yyyy", "ddd d MMMM yyyy", "dddd d MMM yyyy",
    ];

    public const string Hint = "write the date like \"25 Dec 2026\" or \"2026-12-25\"";

    public static bool TryParse(string text, out DateOnly date)
    {
        var t = Simplify(text);
        return DateOnly.TryParseExact(t, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out date);
    }

    /// <summary>True for "25/12/2026" and friends, which mean different days in Singapore and the US.</summary>
    public static bool IsAmbiguousSlashDate(string text) => text.Count(c => c == '/') == 2 && text.Any(char.IsDigit);

    private static string Simplify(string text)
    {
        var words = text.Replace(",", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = StripOrdinal(words[i]);
            if (words[i].Equals("sept", StringComparison.OrdinalIgnoreCase)) words[i] = "Sep";
        }
        return string.Join(' ', words);
    }

    // "25th" → "25"; leaves words like "August" alone.
    private static string StripOrdinal(string w) =>
        w.Length > 2 && char.IsDigit(w[0]) && w[^2..].ToLowerInvariant() is "st" or "nd" or "rd" or "th" ? w[..^2] : w;
}
