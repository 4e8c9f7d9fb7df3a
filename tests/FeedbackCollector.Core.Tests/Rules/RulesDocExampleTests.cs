using FeedbackCollector.Core.Rules;

namespace FeedbackCollector.Core.Tests.Rules;

public sealed class RulesDocExampleTests
{
    private static BusinessRules Example()
    {
        var result = RulesDoc.Parse(DocExamples.FirstTextBlock("rules.md"));
        result.Problems.Should().BeEmpty("the documented example must be a clean doc");
        result.Ok.Should().BeTrue();
        return result.Value!;
    }

    [Fact]
    public void The_example_in_docs_rules_md_parses_with_no_problems_into_the_salon_settings()
    {
        var r = Example();
        r.BusinessName.Should().Be("Kim's Salon");
        r.TimeZone.Should().Be("Asia/Singapore");
        r.QuietHours.Should().Be(new QuietHours(new TimeOnly(21, 0), new TimeOnly(9, 0)));
        r.ClosedDays.Should().BeEquivalentTo([DayOfWeek.Sunday]);
        r.Holidays.Country.Should().BeNull();
        r.Holidays.CalendarFiles.Should().Equal("sg-holidays-2026.ics");
        r.Holidays.Dates.Should().BeEquivalentTo([new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 31)]);
        r.WaitFor("Haircut").Should().Be(TimeSpan.FromHours(3));
        r.WaitFor("colour").Should().Be(TimeSpan.FromDays(1));
        r.WaitFor("manicure").Should().Be(TimeSpan.FromHours(2));
        r.AskCap.Should().Be(new AskCap(1, TimeSpan.FromDays(90)));
        r.FollowUpAfter.Should().Be(TimeSpan.FromDays(3));
        r.Stars.Should().Be(new StarThresholds(4, 2));
        r.ConfidenceThreshold.Should().Be(0.7);
    }

    [Fact]
    public void The_example_sets_the_review_links_policy_lifetime_and_owner()
    {
        var r = Example();
        r.ReviewLinks.Should().Equal(
            new ReviewLink("Google", new Uri("https://g.page/r/CdKimsSalonSG/review")),
            new ReviewLink("Facebook", new Uri("https://www.facebook.com/kimssalonsg/reviews")));
        r.ReviewLinkPolicy.Should().Be(ReviewLinkPolicy.HappyOnly);
        r.TokenLifetime.Should().Be(TimeSpan.FromDays(30));
        r.Owner.Should().Be(new OwnerContact("U0123ABC", "kim@kimssalon.sg", "+6591234567"));
    }
}
