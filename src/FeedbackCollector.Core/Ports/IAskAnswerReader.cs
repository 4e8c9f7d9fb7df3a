using FeedbackCollector.Core.Model;

namespace FeedbackCollector.Core.Ports;

/// <summary>
/// The star page's read (fc-state and fc-feedback together): an ask and its answer in one round trip, because the
/// page's GET and the POST's already-answered check need both on every request.
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
