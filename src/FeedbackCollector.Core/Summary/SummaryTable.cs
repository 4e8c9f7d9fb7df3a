using System.Globalization;
using System.Text;
using FeedbackCollector.Core.Sweeps;

namespace FeedbackCollector.Core.Summary;

/// <param name="LastMonth">The same figure a month before; null when it was not computed.</param>
/// <param name="Change">"+5", "-2", "0" (points for the response rate); null without a last month or a value.</param>
public sealed record SummaryRow(string Label, string Value, string? LastMonth, string? Change);

/// <summary>The figures as rows, shared by the plain-text and HTML parts of the summary email.</summary>
public static class SummaryTable
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static IReadOnlyList<SummaryRow> Rows(MonthlyFigures f)
    {
        ArgumentNullException.ThrowIfNull(f);
        var last = f.LastMonth;
        return
        [
            Count("Asked", f.Asked, last?.Asked),
            Count("Answered", f.Answered, last?.Answered),
            Rate("Response rate", f.ResponseRate, last?.ResponseRate, last is not null),
            Count("Happy", f.Happy, last?.Happy),
            Count("Unhappy", f.Unhappy, last?.Unhappy),
            Count("Unclear", f.Unclear, last?.Unclear),
            Count("Review-link clicks", f.ReviewLinkClicks, last?.ReviewLinkClicks),
            Count("Complaints opened", f.ComplaintsOpened, last?.ComplaintsOpened),
            Count("Complaints resolved before going public", f.ComplaintsResolved, last?.ComplaintsResolved),
            new("Median response time", Describe(f.MedianResponseTime), last is null ? null : Describe(last.MedianResponseTime), null),
        ];
    }

    /// <summary>A duration as the owner reads it: minutes under an hour, hours under two days, else days.</summary>
    public static string Describe(TimeSpan? t) => t switch
    {
        null => "no answers",
        { TotalHours: < 1 } x => $"{Math.Round(x.TotalMinutes).ToString(C)} minutes",
        { TotalDays: < 2 } x => $"{x.TotalHours.ToString("0.#", C)} hours",
        var x => $"{x.Value.TotalDays.ToString("0.#", C)} days",
    };

    /// <summary>"March 2026" for "2026-03".</summary>
    public static string MonthName(string month)
    {
        ArgumentNullException.ThrowIfNull(month);
        return DateTime.TryParseExact(month, "yyyy-MM", C, DateTimeStyles.None, out var d) ? d.ToString("MMMM yyyy", C) : month;
    }

    public static string RenderText(MonthlyFigures f)
    {
        ArgumentNullException.ThrowIfNull(f);
        var sb = new StringBuilder();
        var withLast = f.LastMonth is not null;
        sb.Append(C, $"{"",-42}{MonthName(f.Month),-16}").Append(withLast ? $"{MonthName(f.LastMonth!.Month),-16}Change" : "").AppendLine();
        foreach (var row in Rows(f))
        {
            sb.Append(C, $"{row.Label,-42}{row.Value,-16}").Append(withLast ? $"{row.LastMonth,-16}{row.Change}" : "");
            sb.Append('\n');
        }
        if (f.ByVisitType.Count > 0)
        {
            sb.AppendLine().Append(C, $"{"Visit type",-24}{"Asked",-8}{"Answered",-10}{"Happy",-8}{"Unhappy",-9}Unclear").AppendLine();
            foreach (var v in f.ByVisitType)
                sb.Append(C, $"{v.VisitType,-24}{v.Asked,-8}{v.Answered,-10}{v.Happy,-8}{v.Unhappy,-9}{v.Unclear}").AppendLine();
        }
        return sb.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static SummaryRow Count(string label, int value, int? last) =>
        new(label, value.ToString(C), last?.ToString(C), last is { } l ? Signed(value - l) : null);

    private static SummaryRow Rate(string label, int? value, int? last, bool hasLast) =>
        new(label, value is { } v ? $"{v.ToString(C)}%" : "-", hasLast ? last is { } l ? $"{l.ToString(C)}%" : "-" : null,
            value is { } a && last is { } b ? Signed(a - b) + " pts" : null);

    private static string Signed(int d) => d > 0 ? "+" + d.ToString(C) : d.ToString(C);
}
