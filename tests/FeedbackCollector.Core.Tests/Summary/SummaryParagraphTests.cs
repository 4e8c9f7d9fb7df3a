using FeedbackCollector.Core.Summary;
using FeedbackCollector.Core.Sweeps;
using FeedbackCollector.Testing.Contracts;

namespace FeedbackCollector.Core.Tests.Summary;

public sealed class SummaryParagraphTests
{
    private static readonly MonthlyFigures March = SummaryParagraphWriterContract.March;

    private static ParagraphCheck Check(string paragraph) => SummaryParagraph.Check(paragraph, March, "Kim's Salon");

    [Fact]
    public void A_paragraph_that_states_only_figures_passes()
    {
        Check("In March 2026 you asked 40 customers and 25 answered (63%). 18 were happy (72%), 4 unhappy and 3 unclear; "
            + "the review link got 11 clicks. 3 of 4 complaints were resolved before going public. Half answered within 5 hours, "
            + "and asks rose by 5 (14%) on February while happy answers went up 3. Haircuts: 30 asked, 20 answered.")
            .Should().Be(ParagraphCheck.Pass);
    }

    [Theory]
    [InlineData("You asked 40 customers and 47 were happy.", "47")]
    [InlineData("Your response rate was 81%.", "81")]
    [InlineData("You earned 11 reviews and twenty-seven clicks.", "twenty-seven")]
    [InlineData("Median reply time was 5.5 hours.", "5.5")]
    [InlineData("You have 1,250 loyal customers.", "1,250")]
    public void A_paragraph_with_a_number_that_is_not_a_figure_fails_naming_it(string paragraph, string number)
    {
        Check(paragraph).Should().Be(ParagraphCheck.Fail($"states {number}, which is not one of the figures"));
    }

    [Fact]
    public void Numbers_written_as_words_are_checked_like_digits()
    {
        Check("Eighteen customers were happy and four were not.").Passed.Should().BeTrue();
        Check("Nineteen customers were happy.").Passed.Should().BeFalse();
    }

    [Fact]
    public void More_than_one_paragraph_or_an_overlong_one_fails()
    {
        Check("You asked 40.\n\nAnd 25 answered.").Problem.Should().Be("more than one paragraph");
        Check(new string('a', SummaryParagraph.MaxChars + 1)).Passed.Should().BeFalse();
        Check("   ").Problem.Should().Be("empty paragraph");
    }

    [Fact]
    public void The_plain_paragraph_always_passes_its_own_check_and_names_the_clicks_as_clicks()
    {
        var plain = SummaryParagraph.Plain(March, "Kim's Salon");

        Check(plain).Should().Be(ParagraphCheck.Pass);
        plain.Should().Contain("March 2026").And.Contain("asked 40 customers").And.Contain("63%").And.Contain("clicked 11 times")
            .And.Contain("4 complaints came in, and 3 were resolved before any public review link went out").And.Contain("asked up 5")
            .And.NotContain("review earned");
    }

    [Fact]
    public void Choosing_keeps_a_passing_paragraph_on_one_line_and_replaces_a_failing_one_with_the_reason()
    {
        SummaryParagraph.Choose("You asked 40\ncustomers.", March, "Kim's Salon").Should().Be(new ChosenParagraph("You asked 40 customers.", null));
        SummaryParagraph.Choose("You asked 41.", March, "Kim's Salon").Should()
            .Be(new ChosenParagraph(SummaryParagraph.Plain(March, "Kim's Salon"), "states 41, which is not one of the figures"));
    }

    [Fact]
    public void A_number_in_the_business_name_is_allowed()
    {
        SummaryParagraph.Check("Salon 21 asked 40 customers.", March, "Salon 21").Passed.Should().BeTrue();
    }

    [Fact]
    public void The_prompt_gives_the_figures_and_nothing_else()
    {
        var user = SummaryPrompt.User(March, "Kim's Salon");

        user.Should().Contain("Asked: 40 (last month 35, change +5)").And.Contain("Review-link clicks: 11").And.Contain("Visit type haircut");
        SummaryPrompt.System.Should().Contain("are clicks on the public review link, not reviews");
    }
}
