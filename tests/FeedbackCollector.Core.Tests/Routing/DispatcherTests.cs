using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Routing;
using FeedbackCollector.Core.Rules;
using FsCheck;
using FsCheck.Fluent;

namespace FeedbackCollector.Core.Tests.Routing;

public sealed class DispatcherTests
{
    private static readonly ReviewLink Google = new("Google", new Uri("https://g.page/r/example/review"));
    private static readonly ReviewLink Facebook = new("Facebook", new Uri("https://facebook.com/example/reviews"));

    private static BusinessRules Rules(ReviewLinkPolicy policy, params ReviewLink[] links) =>
        new() { ReviewLinkPolicy = policy, ReviewLinks = links };

    [Fact]
    public void A_happy_customer_gets_a_review_nudge_with_the_first_link()
    {
        var plan = Dispatcher.Plan(Bucket.Happy, Rules(ReviewLinkPolicy.HappyOnly, Google, Facebook));

        plan.Moves.Should().Equal(new NudgeForReview(Google));
        plan.PingsOwner.Should().BeFalse();
    }

    [Fact]
    public void An_unhappy_customer_under_happy_only_reaches_the_owner_and_never_gets_the_link()
    {
        var plan = Dispatcher.Plan(Bucket.Unhappy, Rules(ReviewLinkPolicy.HappyOnly, Google));

        plan.Moves.Should().Equal(new PingOwner());
        plan.ReviewLink.Should().BeNull();
    }

    [Fact]
    public void An_unhappy_customer_under_everyone_reaches_the_owner_and_gets_the_same_link_as_happy_ones()
    {
        var rules = Rules(ReviewLinkPolicy.Everyone, Google, Facebook);

        var plan = Dispatcher.Plan(Bucket.Unhappy, rules);

        plan.Moves.Should().Equal(new PingOwner(), new NudgeForReview(Google));
        plan.ReviewLink.Should().Be(Dispatcher.Plan(Bucket.Happy, rules).ReviewLink);
    }

    [Theory]
    [InlineData(ReviewLinkPolicy.HappyOnly)]
    [InlineData(ReviewLinkPolicy.Everyone)]
    public void An_unclear_answer_is_held_for_the_daily_sweep(ReviewLinkPolicy policy)
    {
        var plan = Dispatcher.Plan(Bucket.Unclear, Rules(policy, Google));

        plan.Moves.Should().Equal(new HoldForSweep());
        plan.Holds.Should().BeTrue();
    }

    [Fact]
    public void A_happy_customer_with_no_review_link_configured_gets_no_nudge_and_the_plan_says_why()
    {
        var plan = Dispatcher.Plan(Bucket.Happy, Rules(ReviewLinkPolicy.HappyOnly));

        plan.Moves.Should().BeEmpty();
        plan.Reason.Should().Contain("no review link");
    }

    [Fact]
    public void Under_happy_only_no_plan_for_an_unhappy_or_unclear_bucket_ever_carries_a_review_link()
    {
        var gen = from bucket in Gen.Elements(Bucket.Unhappy, Bucket.Unclear)
                  from count in Gen.Choose(0, 3)
                  select (bucket, links: Enumerable.Range(0, count).Select(i => new ReviewLink($"L{i}", new Uri($"https://r{i}.example/")))
                      .ToArray());
        Prop.ForAll(Arb.From(gen), input =>
        {
            var plan = Dispatcher.Plan(input.bucket, Rules(ReviewLinkPolicy.HappyOnly, input.links));
            return plan.ReviewLink is null && !plan.Moves.OfType<NudgeForReview>().Any();
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Every_unhappy_plan_under_any_policy_pings_the_owner()
    {
        var gen = from policy in Gen.Elements(ReviewLinkPolicy.HappyOnly, ReviewLinkPolicy.Everyone)
                  from withLink in Gen.Elements(true, false)
                  select (policy, withLink);
        Prop.ForAll(Arb.From(gen), input =>
        {
            var plan = Dispatcher.Plan(Bucket.Unhappy, input.withLink ? Rules(input.policy, Google) : Rules(input.policy));
            return plan.PingsOwner && plan.Moves.Count(m => m is PingOwner) == 1;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Under_everyone_any_plan_that_carries_a_link_carries_the_same_one()
    {
        Prop.ForAll(Arb.From(Gen.Elements(Bucket.Happy, Bucket.Unhappy, Bucket.Unclear)), bucket =>
        {
            var link = Dispatcher.Plan(bucket, Rules(ReviewLinkPolicy.Everyone, Google, Facebook)).ReviewLink;
            return link is null || link == Google;
        }).QuickCheckThrowOnFailure();
    }
}
