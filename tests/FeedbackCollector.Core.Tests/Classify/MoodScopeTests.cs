using FeedbackCollector.Core.Classify;
using FeedbackCollector.Core.Model;

namespace FeedbackCollector.Core.Tests.Classify;

/// <summary>
/// The readings that used to let a complaint pass for praise: a negation further back than three words, praise
/// that was only hoped for, and praise beside a complaint. Written for this project, not taken from a corpus.
/// </summary>
public sealed class MoodScopeTests
{
    private static MoodReading Read(string text) => LexiconMoodClassifier.Classify(text);

    private static bool ConfidentlyHappy(string text) => Read(text) is { Mood: Mood.Happy, Confidence: >= 0.7 };

    [Theory]
    [InlineData("I don't think the colour came out good")]
    [InlineData("Honestly I did not find the massage relaxing")]
    [InlineData("Don't go there if you are looking for a great haircut")]
    [InlineData("I'm not really sure how they got voted the best salon in town")]
    public void A_negation_reaches_praise_several_words_later(string text)
    {
        ConfidentlyHappy(text).Should().BeFalse();
        Read(text).Mood.Should().NotBe(Mood.Happy);
    }

    [Theory]
    [InlineData("I did not expect the cut to be so good!")]
    [InlineData("I have never had such a relaxing facial")]
    [InlineData("Not only friendly, the stylist was brilliant too")]
    [InlineData("Nothing but great service from Kim")]
    [InlineData("I can't say enough good things about this salon")]
    [InlineData("Couldn't ask for a better colour")]
    public void A_negation_that_exclaims_or_adds_is_still_praise(string text)
    {
        Read(text).Mood.Should().Be(Mood.Happy);
    }

    [Fact]
    public void A_negation_before_so_still_denies_when_it_is_right_before_it()
    {
        Read("the colour was not so good").Mood.Should().Be(Mood.Unhappy);
    }

    [Fact]
    public void A_negation_stops_at_and_where_a_new_statement_begins()
    {
        Read("My coffee cup was never empty and the stylist was wonderful").Mood.Should().Be(Mood.Happy);
    }

    [Theory]
    [InlineData("The cut should have been great for that price")]
    [InlineData("It used to be a lovely salon")]
    [InlineData("I wish the colour had been as nice as last time")]
    [InlineData("The only good thing was the coffee")]
    public void Praise_hoped_for_and_missed_is_not_happy(string text)
    {
        Read(text).Mood.Should().NotBe(Mood.Happy);
    }

    [Fact]
    public void Praise_left_open_by_if_is_neither_happy_nor_a_complaint()
    {
        Read("If you want a great haircut, book with Kim").Mood.Should().Be(Mood.Unclear);
    }

    [Theory]
    [InlineData("Lovely haircut, though a bit pricey")]
    [InlineData("Great colour, the wait was a little long")]
    [InlineData("Friendly staff, nice cut (slightly rushed)")]
    public void Praise_beside_any_complaint_is_never_happy_so_the_owner_sees_the_mixed_reply(string text)
    {
        Read(text).Mood.Should().NotBe(Mood.Happy);
    }

    [Theory]
    [InlineData("We waited 40 minutes past our booking")]
    [InlineData("The colour took over an hour longer than they said")]
    [InlineData("It shouldn't take 45 min for a trim")]
    [InlineData("sat there another 20mins before anyone came")]
    public void A_long_wait_told_in_minutes_or_hours_is_a_complaint(string text)
    {
        Read(text).Mood.Should().Be(Mood.Unhappy);
    }

    [Theory]
    [InlineData("We were seated within 5 minutes")]
    [InlineData("My appointment is at 10 and takes about 45 minutes")]
    public void A_short_or_planned_time_is_not_a_complaint(string text)
    {
        Read(text).Mood.Should().NotBe(Mood.Unhappy);
    }
}
