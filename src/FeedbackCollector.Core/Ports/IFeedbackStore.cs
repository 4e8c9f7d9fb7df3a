using FeedbackCollector.Core.Model;

namespace FeedbackCollector.Core.Ports;

/// <summary>The answers (fc-feedback): the first answer per (customer, ask) wins.</summary>
public interface IFeedbackStore
{
    /// <summary>Adds the answer unless one exists for the same (CustomerId, AskId); false when it did.</summary>
    Task<bool> TryAddAsync(Feedback feedback, CancellationToken ct = default);

    Task<Feedback?> GetAsync(string customerId, string askId, CancellationToken ct = default);

    /// <summary>Answers received in [from, to).</summary>
    Task<IReadOnlyList<Feedback>> ListReceivedAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default);

    /// <summary>Removes the answer (only an erasure on request does, after writing its stub); false when there was none.</summary>
    Task<bool> DeleteAsync(string customerId, string askId, CancellationToken ct = default);
}
