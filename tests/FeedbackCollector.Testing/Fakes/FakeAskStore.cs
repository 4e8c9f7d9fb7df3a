using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Testing.Fakes;

/// <summary>In-memory IAskStore. Every change happens under one lock, so the conditional writes are atomic.</summary>
public sealed class FakeAskStore : IAskStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string, string), Ask> _asks = [];

    /// <summary>Every ask, for assertions.</summary>
    public IReadOnlyList<Ask> All
    {
        get { lock (_gate) return [.. _asks.Values]; }
    }

    public Task<bool> TryAddAsync(Ask ask, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(ask);
        lock (_gate) return Task.FromResult(_asks.TryAdd((ask.CustomerId, ask.AskId), ask));
    }

    public Task<IReadOnlyList<bool>> TryAddManyAsync(IReadOnlyList<Ask> asks, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(asks);
        lock (_gate)
        {
            IReadOnlyList<bool> added = [.. asks.Select(a => _asks.TryAdd((a.CustomerId, a.AskId), a))];
            return Task.FromResult(added);
        }
    }

    public Task<Ask?> GetAsync(string customerId, string askId, CancellationToken ct = default)
    {
        lock (_gate) return Task.FromResult(_asks.GetValueOrDefault((customerId, askId)));
    }

    public Task<bool> DeleteAsync(string customerId, string askId, CancellationToken ct = default)
    {
        lock (_gate) return Task.FromResult(_asks.Remove((customerId, askId)));
    }

    public Task<IReadOnlyList<Ask>> ListForCustomerAsync(string customerId, CancellationToken ct = default)
    {
        lock (_gate)
        {
            IReadOnlyList<Ask> list = [.. _asks.Values.Where(a => a.CustomerId == customerId).OrderBy(a => a.SendAt)];
            return Task.FromResult(list);
        }
    }

    public Task<IReadOnlyList<Ask>> ListForCustomersAsync(IReadOnlyCollection<string> customerIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(customerIds);
        var wanted = customerIds.ToHashSet(StringComparer.Ordinal);
        lock (_gate)
        {
            IReadOnlyList<Ask> list = [.. _asks.Values.Where(a => wanted.Contains(a.CustomerId)).OrderBy(a => a.SendAt)];
            return Task.FromResult(list);
        }
    }

    public Task<IReadOnlyList<Ask>> ListForPhoneAsync(string phone, CancellationToken ct = default)
    {
        lock (_gate)
        {
            IReadOnlyList<Ask> list = [.. _asks.Values.Where(a => a.Customer.Phone == phone).OrderBy(a => a.SendAt)];
            return Task.FromResult(list);
        }
    }

    public Task<IReadOnlyList<Ask>> ListByStatusAsync(AskStatus status, CancellationToken ct = default)
    {
        lock (_gate)
        {
            IReadOnlyList<Ask> list = [.. _asks.Values.Where(a => a.Status == status).OrderBy(a => a.SendAt)];
            return Task.FromResult(list);
        }
    }

    public Task<bool> TryTransitionAsync(string customerId, string askId, AskStatus from, AskStatus to,
        AskChange change, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        return Update(customerId, askId, a => a.Status != from ? null : a with
        {
            Status = to,
            SentAt = change.SentAt ?? a.SentAt,
            ScheduleName = change.ScheduleName ?? a.ScheduleName,
        });
    }

    public Task<bool> TryMarkFollowUpAsync(string customerId, string askId, DateTimeOffset at, CancellationToken ct = default) =>
        Update(customerId, askId, a => a.FollowUpSentAt is not null ? null : a with { FollowUpSentAt = at });

    public Task RecordErrorAsync(string customerId, string askId, string error, CancellationToken ct = default) =>
        Update(customerId, askId, a => a with { LastError = error });

    private Task<bool> Update(string customerId, string askId, Func<Ask, Ask?> change)
    {
        lock (_gate)
        {
            if (!_asks.TryGetValue((customerId, askId), out var current)) return Task.FromResult(false);
            var next = change(current);
            if (next is null) return Task.FromResult(false);
            _asks[(customerId, askId)] = next;
            return Task.FromResult(true);
        }
    }
}
