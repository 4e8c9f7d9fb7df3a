using FsCheck;
using FsCheck.Fluent;
using FeedbackCollector.Core.Rules;

namespace FeedbackCollector.Core.Tests.Rules;

/// <summary>Bad edits an owner could make: each is reported on its own line, in words that say what would be right.</summary>
public sealed class RulesDocProblemTests
{
    private const string Good = "Business: Kim's Salon\nTimezone: Asia/Singapore\nQuiet hours: 9pm to 9am\n";

    /// <summary>The bad line goes on line 4, after three good ones, so the line number must be counted, not guessed.</summary>
    [Theory]
    [InlineData("Timezone: Asia/Singapur", "\"Asia/Singapur\" is not a time zone I know; use a name like Asia/Singapore")]
    [InlineData("Timezone: Mars/Olympus", "is not a time zone I know")]
    [InlineData("Quiet hours: late evening", "write a start and an end, like \"9pm to 9am\"")]
    [InlineData("Quiet hours: 9 to 9am", "I can't read \"9 to 9am\" as quiet hours")]
    [InlineData("Quiet hours: 25:00 to 9am", "as quiet hours")]
    [InlineData("Closed on: Sunday and Funday", "\"Funday\" is not a day of the week")]
    [InlineData("Closed on: Mon, Tue, Wed, Thu, Fri, Sat, Sun", "closes every day of the week")]
    [InlineData("Holidays: Singapore", "Holiday calendar: sg-holidays-2026.ics")]
    [InlineData("Holidays: SG", "don't have Singapore's public holidays built in")]
    [InlineData("Holidays: Germny", "did you mean \"Germany\"?")]
    [InlineData("Holidays: Atlantis", "I don't have public holidays for \"Atlantis\"")]
    [InlineData("Holiday calendar: https://www.mom.gov.sg/holidays.ics", "download the .ics file")]
    [InlineData("Holiday calendar: holidays.pdf", "holiday calendars are .ics files")]
    [InlineData("Holiday: 25/12/2026", "could mean two different days")]
    [InlineData("Holiday: Christmas", "I can't read \"Christmas\" as a date; write the date like \"25 Dec 2026\"")]
    [InlineData("Holiday: 31 Feb 2026", "as a date")]
    [InlineData("Wait after haircut: a while", "write it like \"3 hours\"")]
    [InlineData("Wait after haircut: 3 fortnights", "as a wait")]
    [InlineData("Wait after anything else: 60 days", "keep it under 30 days")]
    [InlineData("Ask at most: sometimes", "write it like \"once every 90 days\"")]
    [InlineData("Ask at most: once every blue moon", "as a limit")]
    [InlineData("Follow up after: soon", "or \"never\" to send no follow-up")]
    [InlineData("Follow up after: 45 days", "too late")]
    [InlineData("Happy stars: four or more", "write a range like \"4 to 5\"")]
    [InlineData("Happy stars: 4 to 6", "stars go from 1 to 5")]
    [InlineData("Happy stars: 3 to 4", "happy stars must go up to 5")]
    [InlineData("Unhappy stars: 2 to 3", "unhappy stars must start at 1")]
    [InlineData("Unhappy stars: 1 to 4", "they overlap")]
    [InlineData("Classifier confidence: high", "write it like \"70%\"")]
    [InlineData("Classifier confidence: 170%", "more than 100%")]
    [InlineData("Review link: http://g.page/r/abc", "use the https:// address")]
    [InlineData("Review link: Google g.page/r/abc", "paste the whole link starting with https://")]
    [InlineData("Review link goes to: some people", "write \"happy customers only\" or \"everyone\"")]
    [InlineData("Links expire after: 2 hours", "between 1 day and 365 days")]
    [InlineData("Links expire after: forever", "as a time")]
    [InlineData("Owner Slack: @kim", "is not a Slack member ID")]
    [InlineData("Owner email: kim at salon dot sg", "write it like kim@example.com")]
    [InlineData("Owner phone: call me", "with the country code")]
    [InlineData("Business:", "has nothing after the colon; \"Business: Kim's Salon\"")]
    [InlineData("Timezone Asia/Singapore", "put a colon after \"Timezone\"")]
    public void A_bad_line_is_an_error_on_its_own_line_saying_what_would_be_right(string badLine, string expected)
    {
        var result = RulesDoc.Parse(Good + badLine + "\n");
        result.Value.Should().BeNull("a doc with an error must not replace the last good rules");
        result.Errors.Should().ContainSingle().Which.Should().Match<DocProblem>(p => p.Line == 4 && p.Message.Contains(expected));
    }

    [Fact]
    public void Errors_on_several_lines_are_all_reported_in_line_order()
    {
        var result = RulesDoc.Parse("Timezone: Nowhere\n\n# note\nQuiet hours: never ever\nHolidays: Singapore\n");
        result.Errors.Select(p => p.Line).Should().Equal(1, 4, 5);
    }

    [Fact]
    public void Line_numbers_count_crlf_line_endings_once()
    {
        RulesDoc.Parse("Business: A\r\n\r\nTimezone: Bad/Zone\r\n").Errors.Single().Line.Should().Be(3);
    }

    [Fact]
    public void An_unknown_key_is_only_a_warning_with_a_suggestion_and_the_rest_still_applies()
    {
        var result = RulesDoc.Parse("Business: Kim's Salon\nQuite hours: 10pm to 8am\nFavourite colour: blue\n");
        result.Ok.Should().BeTrue();
        result.Value!.BusinessName.Should().Be("Kim's Salon");
        result.Warnings.Should().HaveCount(2);
        result.Warnings.First().Should().Match<DocProblem>(p => p.Line == 2 && p.Message.Contains("did you mean \"Quiet hours\"?"));
        result.Warnings.Last().Should().Match<DocProblem>(p => p.Line == 3 && p.Message.Contains("\"Favourite colour\" is not a setting I know"));
    }

    [Fact]
    public void A_prose_line_without_a_colon_is_a_warning_not_an_error()
    {
        var result = RulesDoc.Parse("Remember to update this before Chinese New Year\nBusiness: Kim's Salon");
        result.Ok.Should().BeTrue();
        result.Warnings.Single().Line.Should().Be(1);
    }

    [Fact]
    public void A_single_valued_setting_written_twice_warns_and_the_later_line_wins()
    {
        var result = RulesDoc.Parse("Timezone: Asia/Singapore\nBusiness: Kim's\nTime zone: Asia/Tokyo\n");
        result.Value!.TimeZone.Should().Be("Asia/Tokyo");
        result.Warnings.Single().Should().Match<DocProblem>(p => p.Line == 3 && p.Message.Contains("first on line 1"));
    }

    [Fact]
    public void A_visit_type_wait_written_twice_warns_and_the_later_line_wins()
    {
        var result = RulesDoc.Parse("Wait after haircut: 3 hours\nWait after Haircut: 4 hours\n");
        result.Value!.WaitFor("haircut").Should().Be(TimeSpan.FromHours(4));
        result.Warnings.Single().Line.Should().Be(2);
    }

    [Fact]
    public void Happy_stars_without_any_review_link_warn_that_no_one_will_be_invited_to_review()
    {
        var result = RulesDoc.Parse("Happy stars: 4 to 5\n");
        result.Ok.Should().BeTrue();
        result.Warnings.Single().Message.Should().Contain("no \"Review link:\" line");
    }

    [Fact]
    public void A_hostile_doc_is_cut_at_its_limits_and_reported_not_thrown()
    {
        var huge = string.Concat(Enumerable.Repeat("Business: x\n", 50_000));
        var result = RulesDoc.Parse(huge);
        result.Value.Should().BeNull();
        result.Errors.Should().Contain(p => p.Message.Contains("too long"));
        RulesDoc.Parse("Business: " + new string('x', 5000)).Errors.Single().Message.Should().Contain("longer than");
    }

    [Fact]
    public void Any_text_at_all_parses_without_throwing()
    {
        Prop.ForAll<string>(s =>
        {
            var r = RulesDoc.Parse(s ?? "");
            return r.Problems.All(p => p.Line >= 1) && (r.Value is null) == r.Errors.Any();
        }).QuickCheckThrowOnFailure();
    }
}
