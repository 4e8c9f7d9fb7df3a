using FeedbackCollector.Core.Model;

namespace FeedbackCollector.Core.Ports;

/// <summary>
/// An ask and its answer (fc-state and fc-feedback together) in one round trip: the star page's GET and the POST's
/// already-answered check need both on every request, and a written reply needs both before it is classified.
/// </summary>
public interface IAskAnswerReader
{
    /// <summary>
    /// The ask with its answer (null when none yet), read consistently; null when there is no such ask, even if an
    /// answer row for the same key is left. Reads only: the first-answer-wins write stays IFeedbackStore's.
    /// </summary>
    Task<AskWithAnswer?> GetAsync(string customerId, string askId, CancellationToken ct = default);
}

/// <summary>An ask and its answer, if it has one.</summary>
public sealed record AskWithAnswer(Ask Ask, Feedback? Answer);
