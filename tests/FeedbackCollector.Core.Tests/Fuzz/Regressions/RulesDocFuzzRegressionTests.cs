using FeedbackCollector.Core.Rules;
using FeedbackCollector.Testing.Fuzz;

namespace FeedbackCollector.Core.Tests.Fuzz.Regressions;

/// <summary>The minimised inputs the rules.txt fuzz suite found, each pinned as the bug it was.</summary>
public sealed class RulesDocFuzzRegressionTests
{
    [Theory]
    [InlineData("Wait after a haircut: 99999999999999999999 days")]
    [InlineData("Wait after a haircut: 99999999999 days 99999999999 days")]
    [InlineData("Ask at most: 5 every 99999999999999999999 months")]
    [InlineData("Follow up after: 99999999999999999999 weeks")]
    [InlineData("Links expire after: 99999999999999999999 weeks")]
    [InlineData("Wait after a haircut: NaN days")]
    [InlineData("Wait after a haircut: Infinity hours")]
    public void A_duration_past_TimeSpan_or_not_a_number_threw_OverflowException_is_fixed_it_is_an_error_on_its_line(string line)
    {
        var result = RulesDoc.Parse("Timezone: Asia/Singapore\n" + line);

        result.Value.Should().BeNull();
        result.Errors.Should().ContainSingle().Which.Line.Should().Be(2);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity%")]
    public void A_confidence_of_NaN_was_accepted_and_made_every_reply_unclear_is_fixed_it_is_an_error(string value)
    {
        var result = RulesDoc.Parse("Classifier confidence: " + value);

        result.Value.Should().BeNull();
        result.Errors.Should().ContainSingle().Which.Message.Should().Contain(value);
    }

    [Theory]
    [InlineData("Timezone: Asia/Singapur")]
    [InlineData("Timezone: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    [InlineData("Classifier confideppy stars: 4 to 5")]
    [InlineData("Holidays: Singaporx")]
    public void A_doc_of_2000_misspelt_lines_took_seconds_to_suggest_spellings_is_fixed_it_parses_within_a_second(string line)
    {
        var doc = string.Join("\n", Enumerable.Repeat(line, DocText.MaxLines));

        FuzzRun.Timed(doc, text => RulesDoc.Parse(text).Problems.Should().HaveCountGreaterThanOrEqualTo(DocText.MaxLines));
    }

    [Fact]
    public void The_first_misspelt_lines_still_get_a_did_you_mean_hint()
    {
        var result = RulesDoc.Parse("Timezone: Asia/Singapur");

        result.Errors.Single().Message.Should().Contain("Asia/Singapore");
    }
}
