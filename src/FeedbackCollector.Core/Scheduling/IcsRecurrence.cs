using System.Globalization;
using FeedbackCollector.Core.Rules;
using NodaTime;

namespace FeedbackCollector.Core.Scheduling;

/// <summary>
/// The one repeat rule holiday files use in practice: FREQ=YEARLY on the same date (Christmas,
/// National Day), with optional INTERVAL, COUNT and UNTIL. Anything else counts its first date only.
/// </summary>
internal static class IcsRecurrence
{
    public const int MaxOccurrences = 200;
    private static readonly HashSet<string> Supported = ["FREQ", "INTERVAL", "COUNT", "UNTIL", "WKST"];

    public static IReadOnlyList<LocalDate> ExpandYearly(
        IReadOnlyList<LocalDate> firstDays, IcsContentLine rule, int toYear, List<DocProblem> problems, string fileName)
    {
        var parts = Parts(rule.Value);
        if (parts is null || !string.Equals(parts.GetValueOrDefault("FREQ"), "YEARLY", StringComparison.OrdinalIgnoreCase)
            || parts.Keys.Any(k => !Supported.Contains(k)))
        {
            problems.Add(new DocProblem(rule.Line, ProblemSeverity.Warning,
                $"{fileName}: the repeat rule \"{rule.Value}\" is not understood; only the first date counts"));
            return firstDays;
        }
        var interval = Number(parts, "INTERVAL") ?? 1;
        var count = Math.Min(Number(parts, "COUNT") ?? MaxOccurrences, MaxOccurrences);
        var until = Until(parts);
        var all = new List<LocalDate>();
        var first = firstDays[0];
        for (var n = 0; n < count && first.Year + n * interval <= toYear; n++)
        {
            var shifted = first.PlusYears(n * interval);
            if (until is { } u && shifted > u) break;
            // RFC 5545: a yearly repeat of 29 February skips the years that have none.
            if (shifted.Day != first.Day) continue;
            var offset = Period.Between(first, shifted, PeriodUnits.Days).Days;
            all.AddRange(firstDays.Select(d => d.PlusDays(offset)));
        }
        return all;
    }

    private static Dictionary<string, string>? Parts(string value)
    {
        var parts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in value.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0) return null;
            parts[part[..equals].Trim()] = part[(equals + 1)..].Trim();
        }
        return parts;
    }

    private static int? Number(Dictionary<string, string> parts, string key) =>
        parts.TryGetValue(key, out var text) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n : null;

    private static LocalDate? Until(Dictionary<string, string> parts) =>
        parts.TryGetValue("UNTIL", out var text) && text.Length >= 8
            && NodaTime.Text.LocalDatePattern.CreateWithInvariantCulture("uuuuMMdd").Parse(text[..8]) is { Success: true } r
            ? r.Value : null;
}
