using FeedbackCollector.Core.Rules;

namespace FeedbackCollector.Core.Tests.Rules;

public sealed class RulesDocTests
{
    private static BusinessRules Ok(string text)
    {
        var result = RulesDoc.Parse(text);
        result.Errors.Should().BeEmpty();
        return result.Value!;
    }

    [Fact]
    public void An_empty_doc_gives_the_designed_defaults()
    {
        var result = RulesDoc.Parse("");
        result.Ok.Should().BeTrue();
        result.Value.Should().BeEquivalentTo(new BusinessRules());
    }

    [Fact]
    public void Keys_are_case_insensitive_and_notes_and_blank_lines_are_skipped()
    {
        var r = Ok("# my notes\n\nBUSINESS NAME: Ann's Cafe\n  time zone :  europe/london  \n");
        r.BusinessName.Should().Be("Ann's Cafe");
        r.TimeZone.Should().Be("Europe/London");
    }

    [Fact]
    public void Google_docs_artefacts_do_not_change_what_a_line_means()
    {
        var doc = "\uFEFF• Business:\u00A0Kim\u2019s Salon\r\n- Quiet hours: 9\u00A0pm \u2013 9am   \r\n* Follow\u2011up after: 2 days\r\n\u25CF Closed on: Sat\u200B and Sun\r\n";
        var r = Ok(doc);
        r.BusinessName.Should().Be("Kim's Salon");
        r.QuietHours.Should().Be(new QuietHours(new TimeOnly(21, 0), new TimeOnly(9, 0)));
        r.FollowUpAfter.Should().Be(TimeSpan.FromDays(2));
        r.ClosedDays.Should().BeEquivalentTo([DayOfWeek.Saturday, DayOfWeek.Sunday]);
    }

    [Theory]
    [InlineData("9pm to 9am", 21, 0, 9, 0)]
    [InlineData("21:00 - 08:30", 21, 0, 8, 30)]
    [InlineData("from 10.30pm until 7am", 22, 30, 7, 0)]
    [InlineData("midnight to 6am", 0, 0, 6, 0)]
    public void Quiet_hours_are_read_in_the_usual_ways(string value, int sh, int sm, int eh, int em)
    {
        Ok($"Quiet hours: {value}").QuietHours.Should().Be(new QuietHours(new TimeOnly(sh, sm), new TimeOnly(eh, em)));
    }

    [Theory]
    [InlineData("once every 90 days", 1, 90)]
    [InlineData("twice every 6 months", 2, 180)]
    [InlineData("3 times every 2 weeks", 3, 14)]
    [InlineData("once a month", 1, 30)]
    public void The_ask_cap_reads_like_a_sentence(string value, int asks, int days)
    {
        Ok($"Ask at most: {value}").AskCap.Should().Be(new AskCap(asks, TimeSpan.FromDays(days)));
    }

    [Theory]
    [InlineData("Wait after haircut: 90 minutes", "haircut", 90)]
    [InlineData("Wait after a facial: 1 hour 30 minutes", "facial", 90)]
    [InlineData("Wait after Colour: 1.5h", "colour", 90)]
    public void Waits_are_per_visit_type_and_read_many_duration_forms(string line, string visit, int minutes)
    {
        Ok(line).WaitFor(visit).Should().Be(TimeSpan.FromMinutes(minutes));
    }

    [Fact]
    public void Follow_up_never_turns_the_follow_up_off()
    {
        Ok("Follow up: never").FollowUpAfter.Should().BeNull();
        Ok("Follow-up after: after 5 days without a reply").FollowUpAfter.Should().Be(TimeSpan.FromDays(5));
    }

    [Theory]
    [InlineData("United States", "US")]
    [InlineData("US", "US")]
    [InlineData("uk", "GB")]
    [InlineData("the Netherlands", "NL")]
    [InlineData("Australia", "AU")]
    public void Holiday_countries_are_mapped_to_the_codes_PublicHoliday_covers(string value, string code)
    {
        Ok($"Holidays: {value}").Holidays.Country.Should().Be(code);
    }

    [Theory]
    [InlineData("25 Dec 2026")]
    [InlineData("2026-12-25")]
    [InlineData("December 25, 2026")]
    [InlineData("25th December 2026 (Christmas)")]
    [InlineData("Fri 25 Dec 2026 - Christmas")]
    public void Holiday_dates_may_be_written_the_human_way(string value)
    {
        Ok($"Holiday: {value}").Holidays.Dates.Should().BeEquivalentTo([new DateOnly(2026, 12, 25)]);
    }

    [Fact]
    public void Several_holiday_lines_and_review_links_accumulate()
    {
        var r = Ok("Holiday: 1 Jan 2027\nHoliday: 2026-12-25\nReview link: https://g.page/r/abc\nReview link: Tripadvisor: https://www.tripadvisor.com/x");
        r.Holidays.Dates.Should().HaveCount(2);
        r.ReviewLinks.Select(l => l.Label).Should().Equal("Google", "Tripadvisor");
    }

    [Fact]
    public void Everyone_policy_and_percentages_as_fractions_are_read()
    {
        var r = Ok("Review link goes to: Everyone\nClassifier confidence: 0.85");
        r.ReviewLinkPolicy.Should().Be(ReviewLinkPolicy.Everyone);
        r.ConfidenceThreshold.Should().BeApproximately(0.85, 1e-9);
    }

    [Fact]
    public void Star_thresholds_may_leave_a_wider_unclear_band()
    {
        Ok("Happy stars: 5\nUnhappy stars: 1 to 2").Stars.Should().Be(new StarThresholds(5, 2));
    }
}
