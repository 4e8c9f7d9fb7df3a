using FeedbackCollector.Core.Rules;
using FeedbackCollector.Core.Scheduling;

namespace FeedbackCollector.Core.Tests.Scheduling;

public sealed class IcsHolidayTests
{
    private const string File = "hols.ics";

    private static DocParseResult<HolidayCalendar> Build(string ics, string? zone = "Asia/Singapore", int toYear = 2026) =>
        HolidayCalendar.Build(new HolidaySettings { CalendarFiles = [File] }, new Dictionary<string, string> { [File] = ics }, 2026, toYear, zone);

    private static string Calendar(params string[] lines) =>
        string.Join("\r\n", ["BEGIN:VCALENDAR", "VERSION:2.0", .. lines, "END:VCALENDAR"]);

    private static string Event(params string[] lines) => string.Join("\r\n", ["BEGIN:VEVENT", .. lines, "END:VEVENT"]);

    [Fact]
    public void A_singapore_ministry_of_manpower_calendar_gives_exactly_its_holidays()
    {
        var result = HolidayCalendar.Build(
            new HolidaySettings { CalendarFiles = [SingaporeHolidays.FileName] },
            new Dictionary<string, string> { [SingaporeHolidays.FileName] = SingaporeHolidays.Text },
            2026, 2026, "Asia/Singapore");

        result.Problems.Should().BeEmpty();
        result.Value!.Dates.Order().Should().Equal(SingaporeHolidays.Expected);
        result.Value.IsHoliday(new DateOnly(2026, 8, 10)).Should().BeTrue("National Day falls on a Sunday, so Monday is observed");
        result.Value.IsHoliday(new DateOnly(1982, 1, 1)).Should().BeFalse("a VTIMEZONE's DTSTART is not an event");
        result.Value.IsHoliday(new DateOnly(2026, 12, 31)).Should().BeFalse("a cancelled event is no holiday");
    }

    [Fact]
    public void Without_the_business_zone_a_utc_date_time_falls_on_its_utc_dates()
    {
        var ics = Calendar(Event("DTSTART:20260809T160000Z", "DTEND:20260810T160000Z"));

        Build(ics, zone: null).Value!.Dates.Order().Should().Equal(new DateOnly(2026, 8, 9), new DateOnly(2026, 8, 10));
        Build(ics).Value!.Dates.Should().Equal(new DateOnly(2026, 8, 10));
    }

    [Fact]
    public void A_timed_event_makes_its_whole_day_a_holiday_and_a_multi_day_event_every_day_it_touches()
    {
        var ics = Calendar(
            Event("DTSTART:20261224T130000", "DTEND:20261224T180000", "SUMMARY:Christmas Eve half day"),
            Event("DTSTART;VALUE=DATE:20261228", "DTEND;VALUE=DATE:20261231", "SUMMARY:Year-end closure"));

        Build(ics).Value!.Dates.Order().Should().Equal(
            new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 28), new DateOnly(2026, 12, 29), new DateOnly(2026, 12, 30));
    }

    [Fact]
    public void A_yearly_repeat_is_expanded_up_to_the_last_year_asked_for()
    {
        var ics = Calendar(Event("DTSTART;VALUE=DATE:20261225", "RRULE:FREQ=YEARLY", "SUMMARY:Christmas"));

        Build(ics, toYear: 2028).Value!.Dates.Order().Should().Equal(
            new DateOnly(2026, 12, 25), new DateOnly(2027, 12, 25), new DateOnly(2028, 12, 25));
    }

    [Fact]
    public void A_repeat_rule_it_does_not_understand_is_a_warning_and_the_first_date_still_counts()
    {
        var ics = Calendar(Event("DTSTART;VALUE=DATE:20260105", "RRULE:FREQ=MONTHLY;BYDAY=1MO"));

        var result = Build(ics);

        result.Ok.Should().BeTrue();
        result.Value!.Dates.Should().Equal(new DateOnly(2026, 1, 5));
        result.Warnings.Should().ContainSingle().Which.Should().Be(
            new DocProblem(5, ProblemSeverity.Warning, "hols.ics: the repeat rule \"FREQ=MONTHLY;BYDAY=1MO\" is not understood; only the first date counts"));
    }

    [Fact]
    public void It_tolerates_lf_endings_lower_case_names_a_byte_order_mark_and_unknown_properties()
    {
        var ics = "\uFEFFbegin:vcalendar\nX-SOMETHING;X-P=\"a:b\":c\nbegin:vevent\ndtstart;value=date:20260704\nx-apple-travel:1\nend:vevent\nend:vcalendar\n";

        var result = Build(ics);

        result.Problems.Should().BeEmpty();
        result.Value!.Dates.Should().Equal(new DateOnly(2026, 7, 4));
    }

    [Fact]
    public void A_bad_date_is_an_error_on_its_line_and_no_calendar_is_produced()
    {
        var ics = Calendar(Event("SUMMARY:Fine", "DTSTART;VALUE=DATE:20260101"), Event("SUMMARY:Typo", "DTSTART;VALUE=DATE:20261301"));

        var result = Build(ics);

        result.Value.Should().BeNull("a calendar with errors never replaces the last good one");
        result.Errors.Should().ContainSingle().Which.Should().Be(new DocProblem(9, ProblemSeverity.Error,
            "hols.ics: DTSTART \"20261301\" is not a date (YYYYMMDD) or a date-time (YYYYMMDDTHHMMSS)"));
    }

    [Theory]
    [InlineData("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:No date\r\nEND:VEVENT\r\nEND:VCALENDAR", 2, "has no DTSTART")]
    [InlineData("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260105\r\nDTEND;VALUE=DATE:20260101\r\nEND:VEVENT\r\nEND:VCALENDAR", 4, "ends (DTEND) before it starts")]
    [InlineData("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260101\r\nDTEND;VALUE=DATE:20280101\r\nEND:VEVENT\r\nEND:VCALENDAR", 4, "lasts 730 days")]
    [InlineData("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260101\r\nDURATION:one day\r\nEND:VEVENT\r\nEND:VCALENDAR", 4, "is not a duration")]
    [InlineData("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260101\r\n", 2, "BEGIN:VEVENT is never closed")]
    [InlineData("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260101\r\nEND:VCALENDAR", 4, "END:VCALENDAR does not match: BEGIN:VEVENT on line 2 is still open")]
    [InlineData("BEGIN:VCALENDAR\r\nBEGIN:X\r\nBEGIN:X\r\nBEGIN:X\r\nBEGIN:X\r\nBEGIN:X\r\nBEGIN:X\r\nBEGIN:X\r\nBEGIN:X\r\n", 9, "nested more than 8 deep")]
    [InlineData("<html><body>Not found</body></html>", 1, "not an iCalendar file")]
    [InlineData("", 1, "not an iCalendar file")]
    public void Broken_calendars_are_errors_with_line_numbers(string ics, int line, string message)
    {
        var result = Build(ics);

        result.Value.Should().BeNull();
        result.Errors.Should().ContainSingle().Which.Line.Should().Be(line);
        result.Errors.Single().Message.Should().StartWith("hols.ics: ").And.Contain(message);
    }

    [Fact]
    public void Values_quoted_in_problems_are_clipped()
    {
        var ics = Calendar(Event("DTSTART;VALUE=DATE:" + new string('9', 10_000)));

        var message = Build(ics).Errors.Single().Message;

        message.Length.Should().BeLessThan(200);
        message.Should().Contain("99...\"");
    }

    [Fact]
    public void A_huge_file_is_refused_before_it_is_read()
    {
        var result = Build("BEGIN:VCALENDAR\r\n" + new string('X', 2_000_001));

        result.Errors.Should().ContainSingle().Which.Message.Should().Contain("larger than 2 MB");
    }

    [Fact]
    public void Too_many_events_are_refused()
    {
        var events = Enumerable.Range(0, 5_001).Select(i => Event($"DTSTART;VALUE=DATE:{new DateOnly(2026, 1, 1).AddDays(i % 300):yyyyMMdd}"));

        Build(Calendar([.. events])).Errors.Should().ContainSingle().Which.Message.Should().Contain("more than 5000 events");
    }

    [Fact]
    public void A_calendar_without_events_is_a_warning_not_an_error()
    {
        var result = Build(Calendar("X-WR-CALNAME:Empty"));

        result.Ok.Should().BeTrue();
        result.Value!.Dates.Should().BeEmpty();
        result.Warnings.Should().ContainSingle().Which.Message.Should().Contain("no events");
    }
}
