using System.Globalization;
using System.Text;
using FeedbackCollector.Core.Sweeps;
using FeedbackCollector.Web.Http;

namespace FeedbackCollector.Web.Owner;

/// <summary>
/// The owner page's charts as inline SVG drawn here: no script, nothing loaded from elsewhere. Every data point is one
/// rect (a zero is a rect of height 0) carrying its value in data-value, so a reader or a test can check the bars.
/// </summary>
internal static class OwnerSvg
{
    public const double PlotHeight = 120;
    private const double Top = 10;
    private const double BarWidth = 9;
    private const double GroupWidth = 46;
    private const double Left = 6;

    /// <summary>The series of the weekly chart, in drawing order, with their colours.</summary>
    public static readonly IReadOnlyList<(string Name, string Label, string Fill)> Series =
    [
        ("asked", "asked", "#9fb3c8"), ("answered", "answered", "#2b6cb0"), ("happy", "happy", "#2f855a"), ("unhappy", "unhappy", "#c53030"),
    ];

    public static string Weekly(IReadOnlyList<WeekFigures> weeks)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        var max = Math.Max(1, weeks.Max(w => Math.Max(w.Asked, Math.Max(w.Answered, Math.Max(w.Happy, w.Unhappy)))));
        var width = Left * 2 + GroupWidth * weeks.Count;
        var svg = Open("weekly", width, Top + PlotHeight + 34, "Asked, answered, happy and unhappy per week");
        for (var i = 0; i < weeks.Count; i++)
        {
            var w = weeks[i];
            var x0 = Left + i * GroupWidth;
            var values = new[] { w.Asked, w.Answered, w.Happy, w.Unhappy };
            var day = w.WeekStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            for (var s = 0; s < Series.Count; s++)
            {
                Bar(svg, Series[s].Name, Series[s].Fill, x0 + 2 + s * (BarWidth + 1), values[s], max,
                    $"week of {OwnerTime.ShortDay(w.WeekStart)}: {values[s]} {Series[s].Label}", ("data-week", day));
            }
            Label(svg, x0 + GroupWidth / 2, Top + PlotHeight + 14, OwnerTime.ShortDay(w.WeekStart));
        }
        var lx = Left;
        foreach (var (name, label, fill) in Series)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"key {name}\" x=\"{N(lx)}\" y=\"{N(Top + PlotHeight + 22)}\" width=\"10\" height=\"10\" fill=\"{fill}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(lx + 13)}\" y=\"{N(Top + PlotHeight + 31)}\" font-size=\"10\">{label}</text>");
            lx += 80;
        }
        return svg.Append("</svg>").ToString();
    }

    /// <summary>Bars for 1 to 5 stars (index 0 is one star).</summary>
    public static string Stars(IReadOnlyList<int> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var max = Math.Max(1, counts.Count == 0 ? 0 : counts.Max());
        const double group = 40;
        var svg = Open("stars", Left * 2 + group * counts.Count, Top + PlotHeight + 20, "Star taps by number of stars");
        for (var i = 0; i < counts.Count; i++)
        {
            var stars = (i + 1).ToString(CultureInfo.InvariantCulture);
            Bar(svg, "stars", "#d69e2e", Left + i * group + 8, counts[i], max, $"{stars} star{(i == 0 ? "" : "s")}: {counts[i]}",
                ("data-stars", stars), width: 24);
            Label(svg, Left + i * group + 20, Top + PlotHeight + 14, stars + "★");
        }
        return svg.Append("</svg>").ToString();
    }

    /// <summary>One horizontal meter: the share of asks answered.</summary>
    public static string ResponseRate(int? percent, int answered, int asked)
    {
        const double width = 300;
        var svg = Open("rate", width + 2 * Left, 34, "Response rate");
        var filled = width * Math.Clamp(percent ?? 0, 0, 100) / 100.0;
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(Left)}\" y=\"4\" width=\"{N(width)}\" height=\"14\" fill=\"#e2e8f0\"/>");
        svg.Append(CultureInfo.InvariantCulture,
            $"<rect class=\"bar rate\" data-value=\"{percent?.ToString(CultureInfo.InvariantCulture) ?? ""}\" x=\"{N(Left)}\" y=\"4\" width=\"{N(filled)}\" height=\"14\" fill=\"#2b6cb0\"><title>{answered} of {asked} answered</title></rect>");
        var text = percent is { } p ? $"{p}% ({answered} of {asked} answered)" : "nothing asked yet";
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(Left)}\" y=\"30\" font-size=\"11\">{Html.E(text)}</text>");
        return svg.Append("</svg>").ToString();
    }

    /// <summary>The height a value's bar gets on a chart whose tallest value is <paramref name="max"/>.</summary>
    public static double HeightOf(int value, int max) => Math.Round(PlotHeight * value / Math.Max(1, max), 2);

    private static StringBuilder Open(string chart, double width, double height, string title) => new StringBuilder()
        .Append(CultureInfo.InvariantCulture,
            $"<svg class=\"chart\" data-chart=\"{chart}\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {N(width)} {N(height)}\" width=\"100%\" role=\"img\" aria-label=\"{Html.E(title)}\">")
        .Append("<title>").Append(Html.E(title)).Append("</title>");

    private static void Bar(StringBuilder svg, string name, string fill, double x, int value, int max, string title,
        (string Name, string Value) data, double width = BarWidth)
    {
        var h = HeightOf(value, max);
        svg.Append(CultureInfo.InvariantCulture,
            $"<rect class=\"bar {name}\" {data.Name}=\"{data.Value}\" data-value=\"{value}\" x=\"{N(x)}\" y=\"{N(Top + PlotHeight - h)}\" width=\"{N(width)}\" height=\"{N(h)}\" fill=\"{fill}\">")
            .Append("<title>").Append(Html.E(title)).Append("</title></rect>");
    }

    private static void Label(StringBuilder svg, double x, double y, string text) =>
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(x)}\" y=\"{N(y)}\" font-size=\"10\" text-anchor=\"middle\">{Html.E(text)}</text>");

    private static string N(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
}
