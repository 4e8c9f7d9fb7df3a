using System.Globalization;

namespace FeedbackCollector.Core.Rules;

/// <summary>Reads "3 hours", "90 minutes", "1 hour 30 minutes", "2 days", "a week", "1.5h". A month counts as 30 days.</summary>
internal static class DurationText
{
    private static readonly Dictionary<string, TimeSpan> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["m"] = TimeSpan.FromMinutes(1), ["min"] = TimeSpan.FromMinutes(1), ["mins"] = TimeSpan.FromMinutes(1),
        ["minute"] = TimeSpan.FromMinutes(1), ["minutes"] = TimeSpan.FromMinutes(1),
        ["h"] = TimeSpan.FromHours(1), ["hr"] = TimeSpan.FromHours(1), ["hrs"] = TimeSpan.FromHours(1),
        ["hour"] = TimeSpan.FromHours(1), ["hours"] = TimeSpan.FromHours(1),
        ["d"] = TimeSpan.FromDays(1), ["day"] = TimeSpan.FromDays(1), ["days"] = TimeSpan.FromDays(1),
        ["w"] = TimeSpan.FromDays(7), ["wk"] = TimeSpan.FromDays(7), ["wks"] = TimeSpan.FromDays(7),
        ["week"] = TimeSpan.FromDays(7), ["weeks"] = TimeSpan.FromDays(7),
        ["month"] = TimeSpan.FromDays(30), ["months"] = TimeSpan.FromDays(30),
    };

    private static readonly Dictionary<string, double> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5,
        ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["twelve"] = 12, ["half"] = 0.5,
    };

    /// <summary>Ten years: longer than any wait or window an owner means, and far from TimeSpan's limit.</summary>
    private const int MaxDays = 3650;

    public const string Hint = "write it like \"3 hours\", \"90 minutes\", \"2 days\" or \"1 week\"";

    /// <summary>True with the duration, or false (the caller words the error with <see cref="Hint"/>).</summary>
    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var tokens = Tokenize(text);
        if (tokens.Count == 0) return false;
        double? number = null;
        var any = false;
        foreach (var token in tokens)
        {
            if (TryNumber(token, out var n))
            {
                if (number is not null) return false;
                number = n;
            }
            else if (Units.TryGetValue(token, out var unit))
            {
                // Checked in days first: "99999999999999999999 days" would overflow TimeSpan and throw.
                if (unit.TotalDays * (number ?? 1) + duration.TotalDays > MaxDays) return false;
                duration += unit * (number ?? 1);
                number = null;
                any = true;
            }
            else if (token is not ("and" or "," or "of")) return false;
        }
        return any && number is null && duration >= TimeSpan.Zero && duration <= TimeSpan.FromDays(MaxDays);
    }

    /// <summary>"1h30m" and "3hours" become separate number and unit tokens.</summary>
    private static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var current = new System.Text.StringBuilder();
        var wasDigit = false;
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            var isDigit = char.IsDigit(c) || c == '.';
            if (char.IsWhiteSpace(c) || c == ',' || (current.Length > 0 && isDigit != wasDigit))
            {
                if (current.Length > 0) tokens.Add(current.ToString());
                current.Clear();
            }
            if (!char.IsWhiteSpace(c) && c != ',') current.Append(c);
            wasDigit = isDigit;
        }
        if (current.Length > 0) tokens.Add(current.ToString());
        return tokens.Count > 20 ? [] : tokens;
    }

    /// <summary>A finite number of units: "NaN" and "Infinity" parse as doubles but are no duration (TimeSpan throws on them).</summary>
    private static bool TryNumber(string token, out double n) =>
        Words.TryGetValue(token, out n)
        || (double.TryParse(token, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out n) && double.IsFinite(n) && n >= 0);

    /// <summary>"3 hours" back out, for messages and docs.</summary>
    public static string Describe(TimeSpan d) =>
        d.TotalDays >= 1 && d.TotalDays == Math.Floor(d.TotalDays) ? Plural((int)d.TotalDays, "day")
        : d.TotalHours >= 1 && d.TotalHours == Math.Floor(d.TotalHours) ? Plural((int)d.TotalHours, "hour")
        : Plural((int)d.TotalMinutes, "minute");

    private static string Plural(int n, string unit) => n == 1 ? $"1 {unit}" : $"{n} {unit}s";
}
