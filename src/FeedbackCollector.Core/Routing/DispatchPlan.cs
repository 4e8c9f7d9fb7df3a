using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Rules;

namespace FeedbackCollector.Core.Routing;

/// <summary>One thing to do about an answer.</summary>
public abstract record PlannedMove(Move Move);

/// <summary>Mail the customer a public-review nudge with this link.</summary>
public sealed record NudgeForReview(ReviewLink Link) : PlannedMove(Move.ReviewNudge);

/// <summary>Tell the owner privately, with the customer's words and one-tap contact links.</summary>
public sealed record PingOwner() : PlannedMove(Move.OwnerPing);

/// <summary>Keep it for the daily sweep, where a human decides.</summary>
public sealed record HoldForSweep() : PlannedMove(Move.Held);

/// <summary>What to do about one answer. Reason explains an empty or unusual plan.</summary>
public sealed record DispatchPlan(Bucket Bucket, ReviewLinkPolicy Policy, IReadOnlyList<PlannedMove> Moves, string Reason)
{
    /// <summary>The review link the customer will get, or null when none goes out.</summary>
    public ReviewLink? ReviewLink => Moves.OfType<NudgeForReview>().FirstOrDefault()?.Link;

    public bool PingsOwner => Moves.OfType<PingOwner>().Any();

    public bool Holds => Moves.OfType<HoldForSweep>().Any();
}
