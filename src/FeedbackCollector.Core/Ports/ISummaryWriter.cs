using FeedbackCollector.Core.Summary;

namespace FeedbackCollector.Core.Ports;

/// <summary>Delivers the monthly owner summary (email locally and on AWS): the letter's paragraph, then its figures as a table.
/// The letter's Month ("yyyy-MM") is its identity: delivering the same month again is the same summary, not a second one.</summary>
public interface ISummaryWriter
{
    Task<SendResult> WriteAsync(SummaryLetter letter, CancellationToken ct = default);
}
