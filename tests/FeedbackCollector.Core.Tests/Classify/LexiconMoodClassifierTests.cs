using FeedbackCollector.Core.Classify;
using FeedbackCollector.Core.Model;

namespace FeedbackCollector.Core.Tests.Classify;

public sealed class LexiconMoodClassifierTests
{
    private static MoodReading Read(string text) => LexiconMoodClassifier.Classify(text);

    [Theory]
    [InlineData("Loved it, Kim did an amazing job with my hair!")]
    [InlineData("Great haircut, really friendly staff. Will be back.")]
    [InlineData("Best facial I've had in years 😍")]
    [InlineData("Highly recommend, so relaxing")]
    [InlineData("Not bad at all, actually really nice")]
    [InlineData("The stylist was wonderful and the price was fair")]
    public void Clearly_happy_replies_are_happy_and_confident(string text)
    {
        var r = Read(text);
        r.Mood.Should().Be(Mood.Happy);
        r.Confidence.Should().BeGreaterThanOrEqualTo(0.7);
    }

    [Theory]
    [InlineData("Terrible. The stylist was rude and I waited 40 minutes.")]
    [InlineData("My colour is uneven and patchy, really disappointed")]
    [InlineData("Never again 😡")]
    [InlineData("Would not recommend, total waste of money")]
    [InlineData("The receptionist was incredibly unprofessional")]
    public void Clearly_unhappy_replies_are_unhappy_and_confident(string text)
    {
        var r = Read(text);
        r.Mood.Should().Be(Mood.Unhappy);
        r.Confidence.Should().BeGreaterThanOrEqualTo(0.7);
    }

    [Theory]
    [InlineData("It was not good")]
    [InlineData("The cut wasn't great")]
    [InlineData("I didn't like the colour")]
    [InlineData("Nothing special, honestly")]
    public void Negation_turns_praise_into_complaint(string text)
    {
        Read(text).Mood.Should().Be(Mood.Unhappy);
    }

    [Fact]
    public void Negated_complaints_lean_happy_but_only_mildly()
    {
        var notBad = Read("not bad");
        notBad.Mood.Should().NotBe(Mood.Unhappy);
        notBad.Confidence.Should().BeLessThan(Read("good").Confidence + 0.01);
    }

    [Theory]
    [InlineData("good food but rude staff")]
    [InlineData("loved the cut, but the wait was awful")]
    [InlineData("The colour is lovely. However the salon was filthy.")]
    public void A_complaint_after_praise_is_unhappy_and_confident_so_the_owner_hears_it(string text)
    {
        var mixed = Read(text);
        mixed.Mood.Should().Be(Mood.Unhappy);
        mixed.Confidence.Should().BeGreaterThanOrEqualTo(0.7);
    }

    [Fact]
    public void Praise_after_a_complaint_is_never_confidently_happy()
    {
        var reversed = Read("the staff were rude but the haircut was great");
        var confidentlyHappy = reversed.Mood == Mood.Happy && reversed.Confidence >= 0.7;
        confidentlyHappy.Should().BeFalse("a confident happy reading would send a customer with a complaint a review nudge");
    }

    [Fact]
    public void Intensifiers_strengthen_and_softeners_weaken()
    {
        Read("the service was very good").Confidence.Should().BeGreaterThan(Read("the service was good").Confidence);
        Read("the service was slightly slow").Confidence.Should().BeLessThan(Read("the service was slow").Confidence);
    }

    [Fact]
    public void Exclamation_marks_and_shouting_strengthen_the_reading()
    {
        Read("Lovely!!").Confidence.Should().BeGreaterThan(Read("Lovely").Confidence);
        Read("it was AWFUL").Confidence.Should().BeGreaterThanOrEqualTo(Read("it was awful").Confidence);
    }

    [Theory]
    [InlineData("👍", Mood.Happy)]
    [InlineData("😡😡", Mood.Unhappy)]
    [InlineData("thanks :)", Mood.Happy)]
    [InlineData(":(", Mood.Unhappy)]
    public void Emojis_and_emoticons_count(string text, Mood expected)
    {
        Read(text).Mood.Should().Be(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("ok")]
    [InlineData("I came on Tuesday for a trim.")]
    [InlineData("Please call me back")]
    public void Short_or_neutral_replies_are_unclear_with_low_confidence(string text)
    {
        var r = Read(text);
        r.Mood.Should().Be(Mood.Unclear);
        r.Confidence.Should().BeLessThan(0.5);
    }

    [Fact]
    public void Comparisons_with_like_are_not_praise()
    {
        Read("the potatoes tasted like rubber").Mood.Should().NotBe(Mood.Happy);
        Read("I really like this place").Mood.Should().Be(Mood.Happy);
    }

    [Fact]
    public void A_huge_reply_is_read_within_its_cap_without_failing()
    {
        var text = string.Concat(Enumerable.Repeat("great ", 100_000));
        Read(text).Mood.Should().Be(Mood.Happy);
    }

    [Fact]
    public async Task The_port_method_gives_the_same_reading()
    {
        Ports.IMoodClassifier classifier = new LexiconMoodClassifier();
        (await classifier.ClassifyAsync("amazing service", TestContext.Current.CancellationToken)).Should().Be(Read("amazing service"));
    }
}
