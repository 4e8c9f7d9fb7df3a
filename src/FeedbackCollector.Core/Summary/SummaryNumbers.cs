using System.Globalization;
using System.Text.RegularExpressions;
using FeedbackCollector.Core.Sweeps;

namespace FeedbackCollector.Core.Summary;

/// <summary>A number a paragraph states: its value and how many decimals it was written with.</summary>
public sealed record StatedNumber(string Text, double Value, int Decimals);

/// <summary>
/// Which numbers a summary paragraph may state, and which it does. Allowed: every figure of the month and of the
/// month before, their differences (and percent changes), the shares of the answers (happy, unhappy, unclear as a
/// percent), the response rate, the median response time in minutes, hours or days, the month and the year, and any
/// number in the business's name. A stated number matches an allowed value rounded (or cut) to the decimals it shows.
/// Numbers written as words (two, twelve, forty-five) are read too, except "one", which English uses for other things.
/// </summary>
public static partial class SummaryNumbers
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["hundred"] = 100, ["dozen"] = 12,
    };

    private static readonly Dictionary<string, int> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
    };

    [GeneratedRegex(@"(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\w)|\d+(?:\.\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();

    [GeneratedRegex(@"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)\b|\b[a-z]+\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WordNumbers();

    public static IReadOnlyList<StatedNumber> Stated(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<StatedNumber>();
        foreach (Match m in Digits().Matches(text))
        {
            var plain = m.Value.Replace(",", "", StringComparison.Ordinal);
            var dot = plain.IndexOf('.', StringComparison.Ordinal);
            found.Add(new StatedNumber(m.Value, double.Parse(plain, CultureInfo.InvariantCulture), dot < 0 ? 0 : plain.Length - dot - 1));
        }
        foreach (Match m in WordNumbers().Matches(text))
        {
            if (m.Groups[1].Success) found.Add(new StatedNumber(m.Value, Words[m.Groups[1].Value] + Units[m.Groups[2].Value], 0));
            else if (Words.TryGetValue(m.Value, out var n)) found.Add(new StatedNumber(m.Value, n, 0));
        }
        return found;
    }

    public static bool Matches(StatedNumber stated, IReadOnlySet<double> allowed)
    {
        ArgumentNullException.ThrowIfNull(stated);
        ArgumentNullException.ThrowIfNull(allowed);
        var scale = Math.Pow(10, stated.Decimals);
        return allowed.Any(v =>
            Same(Math.Round(v, stated.Decimals, MidpointRounding.AwayFromZero), stated.Value)
            || Same(Math.Floor(v * scale) / scale, stated.Value)
            || Same(Math.Ceiling(v * scale) / scale, stated.Value));
    }

    public static IReadOnlySet<double> Allowed(MonthlyFigures f, string businessName)
    {
        ArgumentNullException.ThrowIfNull(f);
        var allowed = new HashSet<double>();
        AddMonth(allowed, f);
        if (f.LastMonth is { } last)
        {
            AddMonth(allowed, last);
            foreach (var (now, before) in Counts(f).Zip(Counts(last)))
            {
                allowed.Add(Math.Abs(now - before));
                if (before > 0) allowed.Add(Math.Abs(100.0 * (now - before) / before));
            }
            if (f.ResponseRate is { } r && last.ResponseRate is { } lr) allowed.Add(Math.Abs(r - lr));
        }
        foreach (var v in f.ByVisitType)
        {
            foreach (var n in new[] { v.Asked, v.Answered, v.Happy, v.Unhappy, v.Unclear }) allowed.Add(n);
            if (v.Answered > 0) foreach (var n in new[] { v.Happy, v.Unhappy, v.Unclear }) allowed.Add(100.0 * n / v.Answered);
            if (v.Asked > 0) allowed.Add(100.0 * v.Answered / v.Asked);
        }
        foreach (var s in Stated(businessName ?? "")) allowed.Add(s.Value);
        return allowed;
    }

    private static void AddMonth(HashSet<double> allowed, MonthlyFigures f)
    {
        foreach (var n in Counts(f)) allowed.Add(n);
        if (f.ResponseRate is { } rate) allowed.Add(rate);
        if (f.Asked > 0) allowed.Add(100.0 * f.Answered / f.Asked);
        if (f.Answered > 0) foreach (var n in new[] { f.Happy, f.Unhappy, f.Unclear }) allowed.Add(100.0 * n / f.Answered);
        if (f.ComplaintsOpened > 0) allowed.Add(100.0 * f.ComplaintsResolved / f.ComplaintsOpened);
        if (f.MedianResponseTime is { } t)
        {
            allowed.Add(t.TotalMinutes);
            allowed.Add(t.TotalHours);
            allowed.Add(t.TotalDays);
        }
        if (DateTime.TryParseExact(f.Month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            allowed.Add(month.Year);
            allowed.Add(month.Month);
        }
    }

    private static int[] Counts(MonthlyFigures f) =>
        [f.Asked, f.Answered, f.Happy, f.Unhappy, f.Unclear, f.ReviewLinkClicks, f.ComplaintsOpened, f.ComplaintsResolved];

    private static bool Same(double a, double b) => Math.Abs(a - b) < 1e-9;
}
