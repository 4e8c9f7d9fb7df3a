using FeedbackCollector.Core.Model;

namespace FeedbackCollector.Core.Sweeps;

/// <summary>An ask to close and why ("no answer after the follow-up", "links expired").</summary>
public sealed record AskClosure(Ask Ask, string Reason);

/// <summary>An unclear answer waiting for a human, with its ask when the ask is still known.</summary>
public sealed record UnclearItem(Feedback Feedback, Ask? Ask);

/// <summary>What the daily sweep does.</summary>
/// <param name="FollowUps">Sent, unanswered asks that get their one gentle follow-up now.</param>
/// <param name="Closes">Asks to close: silent again after the follow-up, or their links expired.</param>
/// <param name="Answered">Asks still marked sent that already have an answer (a crash between the two writes); mark them answered.</param>
/// <param name="Unclear">Unclear answers no human has handled yet, oldest first.</param>
public sealed record SweepDecision(
    IReadOnlyList<Ask> FollowUps,
    IReadOnlyList<AskClosure> Closes,
    IReadOnlyList<Ask> Answered,
    IReadOnlyList<UnclearItem> Unclear);
