using FeedbackCollector.Core.Model;

namespace FeedbackCollector.Core.Ports;

/// <summary>
/// The asks (fc-state). Every state change is a conditional write: it returns false, never throws,
/// when the row is missing or not in the state the change requires, so retries are harmless.
/// </summary>
public interface IAskStore
{
    /// <summary>Adds the ask unless (CustomerId, AskId) exists. False when it already did: one ask per visit.</summary>
    Task<bool> TryAddAsync(Ask ask, CancellationToken ct = default);

    /// <summary>
    /// Adds each ask unless (CustomerId, AskId) exists, as <see cref="TryAddAsync"/> does one by one: element i is true
    /// when asks[i] was added. Of two asks with one key in the batch the first is added and the second is false.
    /// </summary>
    Task<IReadOnlyList<bool>> TryAddManyAsync(IReadOnlyList<Ask> asks, CancellationToken ct = default);

    Task<Ask?> GetAsync(string customerId, string askId, CancellationToken ct = default);

    /// <summary>All asks of one customer, any status (for the ask cap).</summary>
    Task<IReadOnlyList<Ask>> ListForCustomerAsync(string customerId, CancellationToken ct = default);

    /// <summary>All asks of these customers, any status, in one read where the store can (an import's batch).</summary>
    Task<IReadOnlyList<Ask>> ListForCustomersAsync(IReadOnlyCollection<string> customerIds, CancellationToken ct = default);

    /// <summary>
    /// All asks, any status, whose customer's phone is exactly this E.164 number (intake stores numbers in E.164):
    /// a customer's text names only their number, and their asks may be keyed by an email or a POS customer id.
    /// </summary>
    Task<IReadOnlyList<Ask>> ListForPhoneAsync(string phone, CancellationToken ct = default);

    /// <summary>All asks in a status (for the sweep, the owner page and the scheduler's catch-up).</summary>
    Task<IReadOnlyList<Ask>> ListByStatusAsync(AskStatus status, CancellationToken ct = default);

    /// <summary>Moves the ask from <paramref name="from"/> to <paramref name="to"/> and applies the change; false if it was not in <paramref name="from"/>.</summary>
    Task<bool> TryTransitionAsync(string customerId, string askId, AskStatus from, AskStatus to,
        AskChange change, CancellationToken ct = default);

    /// <summary>Sets FollowUpSentAt only if it is still null: at most one follow-up per ask.</summary>
    Task<bool> TryMarkFollowUpAsync(string customerId, string askId, DateTimeOffset at, CancellationToken ct = default);

    /// <summary>Records a failure text on the ask without changing its status (so it can be retried).</summary>
    Task RecordErrorAsync(string customerId, string askId, string error, CancellationToken ct = default);

    /// <summary>Removes the ask row (only an erasure on request does, after writing its stub); false when there was none.</summary>
    Task<bool> DeleteAsync(string customerId, string askId, CancellationToken ct = default);
}

/// <summary>Fields set together with a status change; null leaves a field as it is.</summary>
public sealed record AskChange(DateTimeOffset? SentAt = null, string? ScheduleName = null);
