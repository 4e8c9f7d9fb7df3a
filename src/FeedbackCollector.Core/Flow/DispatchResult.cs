using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Routing;

namespace FeedbackCollector.Core.Flow;

public enum MoveStatus { Done, AlreadyDone, Failed }

/// <summary>What happened to one planned move; Detail says why it failed or was skipped.</summary>
public sealed record MoveResult(Move Move, MoveStatus Status, string? SentVia, string? Detail = null)
{
    /// <summary>The provider refused the message for good (not a suppression or a missing address): worth telling the owner.</summary>
    public bool Undelivered { get; init; }
}

/// <summary>The outcome of dispatching one answer.</summary>
/// <param name="Plan">Null when there was no answer to dispatch (Detail says so).</param>
/// <param name="Retry">True when a move failed transiently: call again (moves already done are skipped).</param>
public sealed record DispatchResult(DispatchPlan? Plan, IReadOnlyList<MoveResult> Moves, bool Retry, string? Detail = null)
{
    /// <summary>How telling the owner of each undelivered customer message went.</summary>
    public IReadOnlyList<SendResult> OwnerTold { get; init; } = [];
}
