using FeedbackCollector.Core.Model;

namespace FeedbackCollector.Core.Ports;

/// <summary>The moves (fc-audit). Append-only and never expires, except that an erasure on request re-keys a
/// customer's moves to their stub (without personal data) so the month's figures still add up.</summary>
public interface IAuditLog
{
    Task AppendAsync(AuditEntry entry, CancellationToken ct = default);

    /// <summary>Entries with Ts in [from, to), oldest first.</summary>
    Task<IReadOnlyList<AuditEntry>> ListAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default);

    /// <summary>Entries of one ask, oldest first.</summary>
    Task<IReadOnlyList<AuditEntry>> ListForAskAsync(string customerId, string askId, CancellationToken ct = default);

    /// <summary>Removes every entry of one ask (only an erasure does, after appending their stubs); how many went.</summary>
    Task<int> DeleteForAskAsync(string customerId, string askId, CancellationToken ct = default);
}
