using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Routing;
using FeedbackCollector.Core.Rules;
using FsCheck;
using FsCheck.Fluent;

namespace FeedbackCollector.Core.Tests.Routing;

public sealed class RouterTests
{
    private static readonly BusinessRules Rules = new();

    [Theory]
    [InlineData(5, Bucket.Happy, "5 stars")]
    [InlineData(4, Bucket.Happy, "4 stars")]
    [InlineData(3, Bucket.Unclear, "3 stars")]
    [InlineData(2, Bucket.Unhappy, "2 stars")]
    [InlineData(1, Bucket.Unhappy, "1 star")]
    public void Stars_land_in_the_default_buckets_with_the_stars_as_the_reason(int stars, Bucket bucket, string reason)
    {
        Router.ForStars(stars, Rules).Should().Be(new RoutingDecision(bucket, reason));
    }

    [Fact]
    public void The_owners_thresholds_move_the_buckets()
    {
        var strict = Rules with { Stars = new StarThresholds(HappyFrom: 5, UnhappyTo: 3) };

        Router.ForStars(4, strict).Bucket.Should().Be(Bucket.Unclear);
        Router.ForStars(3, strict).Bucket.Should().Be(Bucket.Unhappy);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Stars_outside_one_to_five_are_refused(int stars)
    {
        FluentActions.Invoking(() => Router.ForStars(stars, Rules)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void A_confident_unhappy_reading_is_unhappy_with_mood_and_confidence_as_the_reason()
    {
        Router.ForText(new MoodReading(Mood.Unhappy, 0.93), Rules)
            .Should().Be(new RoutingDecision(Bucket.Unhappy, "text: unhappy 0.93"));
    }

    [Fact]
    public void A_reading_below_the_confidence_threshold_is_unclear_and_says_so()
    {
        Router.ForText(new MoodReading(Mood.Happy, 0.41), Rules)
            .Should().Be(new RoutingDecision(Bucket.Unclear, "text: happy 0.41 below 0.70"));
    }

    [Fact]
    public void A_reading_exactly_at_the_threshold_counts_as_confident()
    {
        Router.ForText(new MoodReading(Mood.Happy, 0.7), Rules).Bucket.Should().Be(Bucket.Happy);
    }

    [Fact]
    public void A_confident_unclear_reading_stays_unclear()
    {
        Router.ForText(new MoodReading(Mood.Unclear, 0.99), Rules).Bucket.Should().Be(Bucket.Unclear);
    }

    [Fact]
    public void A_not_a_number_confidence_is_unclear()
    {
        Router.ForText(new MoodReading(Mood.Unhappy, double.NaN), Rules).Bucket.Should().Be(Bucket.Unclear);
    }

    [Fact]
    public void A_classifier_outage_is_unclear_with_the_reason_kept()
    {
        Router.ClassifierUnavailable("bedrock throttled")
            .Should().Be(new RoutingDecision(Bucket.Unclear, "text: classifier unavailable (bedrock throttled)"));
    }

    [Fact]
    public void No_reading_below_the_threshold_is_ever_happy_or_unhappy()
    {
        var gen = from mood in Gen.Elements(Mood.Happy, Mood.Unhappy, Mood.Unclear)
                  from confidence in Gen.Choose(0, 1000).Select(i => i / 1000.0)
                  from threshold in Gen.Choose(0, 1000).Select(i => i / 1000.0)
                  select (mood, confidence, threshold);
        Prop.ForAll(Arb.From(gen), input =>
        {
            var decision = Router.ForText(new MoodReading(input.mood, input.confidence), Rules with { ConfidenceThreshold = input.threshold });
            return input.confidence >= input.threshold || decision.Bucket == Bucket.Unclear;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Every_star_count_lands_in_exactly_the_bucket_its_thresholds_say()
    {
        var gen = from stars in Gen.Choose(1, 5)
                  from unhappyTo in Gen.Choose(0, 5)
                  from happyFrom in Gen.Choose(unhappyTo + 1, 6)
                  select (stars, unhappyTo, happyFrom);
        Prop.ForAll(Arb.From(gen), input =>
        {
            var bucket = Router.ForStars(input.stars, Rules with { Stars = new StarThresholds(input.happyFrom, input.unhappyTo) }).Bucket;
            return bucket == (input.stars >= input.happyFrom ? Bucket.Happy : input.stars <= input.unhappyTo ? Bucket.Unhappy : Bucket.Unclear);
        }).QuickCheckThrowOnFailure();
    }
}
