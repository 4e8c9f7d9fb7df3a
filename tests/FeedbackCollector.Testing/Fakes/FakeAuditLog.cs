using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Testing.Fakes;

/// <summary>In-memory append-only IAuditLog. Entries at the same instant keep their append order.</summary>
public sealed class FakeAuditLog : IAuditLog
{
    private readonly Lock _gate = new();
    private readonly List<AuditEntry> _entries = [];

    public IReadOnlyList<AuditEntry> All
    {
        get { lock (_gate) return [.. _entries.OrderBy(e => e.Ts)]; }
    }

    public Task AppendAsync(AuditEntry entry, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (_gate) _entries.Add(entry);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AuditEntry>> ListAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default) =>
        Where(e => e.Ts >= from && e.Ts < to);

    public Task<IReadOnlyList<AuditEntry>> ListForAskAsync(string customerId, string askId, CancellationToken ct = default) =>
        Where(e => e.CustomerId == customerId && e.AskId == askId);

    public Task<int> DeleteForAskAsync(string customerId, string askId, CancellationToken ct = default)
    {
        lock (_gate) return Task.FromResult(_entries.RemoveAll(e => e.CustomerId == customerId && e.AskId == askId));
    }

    private Task<IReadOnlyList<AuditEntry>> Where(Func<AuditEntry, bool> predicate)
    {
        lock (_gate)
        {
            // OrderBy is stable: equal timestamps stay in append order.
            IReadOnlyList<AuditEntry> list = [.. _entries.Where(predicate).OrderBy(e => e.Ts)];
            return Task.FromResult(list);
        }
    }
}
