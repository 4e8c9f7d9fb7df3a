using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Rules;

namespace FeedbackCollector.Core.Routing;

/// <summary>
/// Bucket → moves under the review-link policy. Happy: review nudge. Unhappy: private owner ping, and
/// under "everyone" also the same review nudge (the words still go only to the owner); under
/// "happy-only" an unhappy customer never gets the link. Unclear: held for the daily sweep.
/// </summary>
public static class Dispatcher
{
    public static DispatchPlan Plan(Bucket bucket, BusinessRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        // The first listed link is the one the owner wants reviews on; the same one goes to everyone.
        var link = rules.ReviewLinks.Count > 0 ? rules.ReviewLinks[0] : null;
        var policy = rules.ReviewLinkPolicy;
        return bucket switch
        {
            Bucket.Happy => link is null
                ? new DispatchPlan(bucket, policy, [], "happy, but rules.txt names no review link")
                : new DispatchPlan(bucket, policy, [new NudgeForReview(link)], "happy: review nudge"),
            Bucket.Unhappy => Unhappy(policy, link),
            _ => new DispatchPlan(bucket, policy, [new HoldForSweep()], "unclear: held for the daily sweep"),
        };
    }

    private static DispatchPlan Unhappy(ReviewLinkPolicy policy, ReviewLink? link) =>
        policy == ReviewLinkPolicy.Everyone && link is not null
            ? new DispatchPlan(Bucket.Unhappy, policy, [new PingOwner(), new NudgeForReview(link)],
                "unhappy: owner ping; review link to everyone by policy")
            : new DispatchPlan(Bucket.Unhappy, policy, [new PingOwner()], "unhappy: private owner ping only");
}
