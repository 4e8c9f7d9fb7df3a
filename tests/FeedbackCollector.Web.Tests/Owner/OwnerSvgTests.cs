using System.Globalization;
using System.Xml.Linq;
using FeedbackCollector.Core.Sweeps;
using FeedbackCollector.Web.Owner;

namespace FeedbackCollector.Web.Tests.Owner;

public sealed class OwnerSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static List<XElement> Bars(string svg, string series) =>
        [.. XElement.Parse(svg).Descendants(Svg + "rect").Where(r => (string?)r.Attribute("class") == "bar " + series)];

    private static double Num(XElement e, string name) => double.Parse((string)e.Attribute(name)!, CultureInfo.InvariantCulture);

    private static List<WeekFigures> Weeks() =>
        [.. Enumerable.Range(0, 12).Select(i => new WeekFigures(new DateOnly(2026, 1, 5).AddDays(7 * i), Asked: i, Answered: i / 2, Happy: i / 3, Unhappy: i % 2))];

    [Fact]
    public void The_weekly_chart_has_one_bar_per_week_and_series_with_heights_in_proportion_to_the_values()
    {
        var weeks = Weeks();

        var svg = OwnerSvg.Weekly(weeks);

        foreach (var (series, value) in new (string, Func<WeekFigures, int>)[] { ("asked", w => w.Asked), ("answered", w => w.Answered), ("happy", w => w.Happy), ("unhappy", w => w.Unhappy) })
        {
            var bars = Bars(svg, series);
            bars.Should().HaveCount(12, $"one {series} bar per week");
            bars.Select(b => int.Parse((string)b.Attribute("data-value")!, CultureInfo.InvariantCulture)).Should().Equal(weeks.Select(value));
            bars.Select(b => Num(b, "height")).Should().Equal(weeks.Select(w => OwnerSvg.PlotHeight * value(w) / 11.0),
                (a, e) => Math.Abs(a - e) < 0.01, "the tallest value (11 asked) fills the plot");
        }
    }

    [Fact]
    public void Bars_stand_on_one_baseline()
    {
        var bars = Bars(OwnerSvg.Weekly(Weeks()), "asked");

        bars.Select(b => Math.Round(Num(b, "y") + Num(b, "height"), 2)).Distinct().Should().ContainSingle();
    }

    [Fact]
    public void The_star_chart_has_five_bars_for_one_to_five_stars()
    {
        var bars = Bars(OwnerSvg.Stars([1, 0, 0, 2, 4]), "stars");

        bars.Select(b => (string)b.Attribute("data-stars")!).Should().Equal("1", "2", "3", "4", "5");
        bars.Select(b => Num(b, "height")).Should().Equal(30, 0, 0, 60, 120);
    }

    [Fact]
    public void The_response_rate_meter_fills_its_share_and_says_the_figures()
    {
        var svg = OwnerSvg.ResponseRate(75, 3, 4);

        var bar = Bars(svg, "rate").Should().ContainSingle().Subject;
        Num(bar, "width").Should().Be(225);
        svg.Should().Contain("75% (3 of 4 answered)");
    }

    [Fact]
    public void An_empty_chart_draws_zero_height_bars_rather_than_dividing_by_zero()
    {
        var weeks = Weeks().Select(w => w with { Asked = 0, Answered = 0, Happy = 0, Unhappy = 0 }).ToList();

        Bars(OwnerSvg.Weekly(weeks), "asked").Should().HaveCount(12).And.OnlyContain(b => Num(b, "height") == 0);
        OwnerSvg.ResponseRate(null, 0, 0).Should().Contain("nothing asked yet");
    }

    [Fact]
    public void The_charts_carry_no_script_and_load_nothing()
    {
        var all = OwnerSvg.Weekly(Weeks()) + OwnerSvg.Stars([1, 2, 3, 4, 5]) + OwnerSvg.ResponseRate(50, 1, 2);

        all.Should().NotContain("<script").And.NotContain("href").And.NotContain("on" + "load").And.NotContain("url(");
    }
}
