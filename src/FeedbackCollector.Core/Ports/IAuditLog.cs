using FeedbackCollector.Core.Model;

namespace FeedbackCollector.Core.Ports;

/// <summary>The moves (fc-audit). Append-only; never expires.</summary>
public interface IAuditLog
{
    Task AppendAsync(AuditEntry entry, CancellationToken ct = default);

    /// <summary>Entries with Ts in [from, to), oldest first.</summary>
    Task<IReadOnlyList<AuditEntry>> ListAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default);

    /// <summary>Entries of one ask, oldest first.</summary>
    Task<IReadOnlyList<AuditEntry>> ListForAskAsync(string customerId, string askId, CancellationToken ct = default);
}
