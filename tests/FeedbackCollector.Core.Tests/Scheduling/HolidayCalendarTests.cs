using FeedbackCollector.Core.Rules;
using FeedbackCollector.Core.Scheduling;

namespace FeedbackCollector.Core.Tests.Scheduling;

public sealed class HolidayCalendarTests
{
    private static readonly Dictionary<string, string> NoFiles = [];

    private static DocParseResult<HolidayCalendar> ForCountry(string country, int year = 2026) =>
        HolidayCalendar.Build(new HolidaySettings { Country = country }, NoFiles, year, year);

    [Fact]
    public void The_empty_calendar_has_no_holidays()
    {
        HolidayCalendar.Empty.IsHoliday(new DateOnly(2026, 12, 25)).Should().BeFalse();
    }

    [Fact]
    public void A_us_calendar_has_thanksgiving_and_moves_a_saturday_independence_day_to_friday()
    {
        var us = ForCountry("us").Value!;

        us.IsHoliday(new DateOnly(2026, 11, 26)).Should().BeTrue();
        us.IsHoliday(new DateOnly(2026, 7, 3)).Should().BeTrue();
        us.IsHoliday(new DateOnly(2026, 7, 6)).Should().BeFalse();
    }

    [Fact]
    public void A_british_calendar_has_easter_monday_and_a_substitute_boxing_day()
    {
        var gb = ForCountry("GB").Value!;

        gb.IsHoliday(new DateOnly(2026, 4, 6)).Should().BeTrue();
        gb.IsHoliday(new DateOnly(2026, 12, 28)).Should().BeTrue();
    }

    [Theory]
    [InlineData("US")]
    [InlineData("GB")]
    [InlineData("AU")]
    [InlineData("NZ")]
    [InlineData("CA")]
    [InlineData("DE")]
    [InlineData("FR")]
    [InlineData("IE")]
    [InlineData("NL")]
    [InlineData("JP")]
    [InlineData("ES")]
    [InlineData("IT")]
    public void Every_covered_country_starts_the_year_with_a_holiday(string country)
    {
        var result = ForCountry(country);

        result.Problems.Should().BeEmpty();
        result.Value!.IsHoliday(new DateOnly(2027, 1, 1)).Should().BeFalse("only the years asked for are built");
        result.Value.IsHoliday(new DateOnly(2026, 1, 1)).Should().BeTrue();
    }

    [Fact]
    public void Singapore_is_not_built_in_and_the_error_points_to_an_ics_file()
    {
        var result = ForCountry("SG");

        result.Value.Should().BeNull();
        result.Errors.Should().ContainSingle().Which.Message.Should().Contain("\"SG\"").And.Contain(".ics");
    }

    [Fact]
    public void A_listed_holiday_file_that_is_missing_is_an_error_naming_it()
    {
        var result = HolidayCalendar.Build(new HolidaySettings { CalendarFiles = ["sg-2026.ics"] }, NoFiles, 2026, 2026);

        result.Errors.Should().ContainSingle().Which.Should().Be(
            new DocProblem(0, ProblemSeverity.Error, "holiday calendar file \"sg-2026.ics\" was not found"));
    }

    [Fact]
    public void Country_files_and_listed_dates_are_combined()
    {
        var settings = new HolidaySettings
        {
            Country = "NZ",
            CalendarFiles = [SingaporeHolidays.FileName],
            Dates = new HashSet<DateOnly> { new(2026, 3, 2) },
        };
        var files = new Dictionary<string, string> { [SingaporeHolidays.FileName] = SingaporeHolidays.Text };

        var calendar = HolidayCalendar.Build(settings, files, 2026, 2026).Value!;

        calendar.IsHoliday(new DateOnly(2026, 2, 6)).Should().BeTrue("Waitangi Day comes from the country");
        calendar.IsHoliday(new DateOnly(2026, 2, 17)).Should().BeTrue("Chinese New Year comes from the file");
        calendar.IsHoliday(new DateOnly(2026, 3, 2)).Should().BeTrue("the owner listed it");
        calendar.IsHoliday(new DateOnly(2026, 3, 3)).Should().BeFalse();
    }

    [Fact]
    public void An_absurd_year_range_is_refused()
    {
        var act = () => HolidayCalendar.Build(new HolidaySettings(), NoFiles, 2026, 2025);
        act.Should().Throw<ArgumentOutOfRangeException>();
        var huge = () => HolidayCalendar.Build(new HolidaySettings(), NoFiles, 2000, 2100);
        huge.Should().Throw<ArgumentOutOfRangeException>();
    }
}
