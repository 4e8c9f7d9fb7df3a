using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Testing.Fakes;

/// <summary>In-memory IFeedbackStore: the first answer per (customer, ask) wins.</summary>
public sealed class FakeFeedbackStore : IFeedbackStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string, string), Feedback> _answers = [];

    public IReadOnlyList<Feedback> All
    {
        get { lock (_gate) return [.. _answers.Values.OrderBy(f => f.ReceivedAt)]; }
    }

    public Task<bool> TryAddAsync(Feedback feedback, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        lock (_gate) return Task.FromResult(_answers.TryAdd((feedback.CustomerId, feedback.AskId), feedback));
    }

    public Task<Feedback?> GetAsync(string customerId, string askId, CancellationToken ct = default)
    {
        lock (_gate) return Task.FromResult(_answers.GetValueOrDefault((customerId, askId)));
    }

    public Task<IReadOnlyList<Feedback>> ListReceivedAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default)
    {
        lock (_gate)
        {
            IReadOnlyList<Feedback> list =
                [.. _answers.Values.Where(f => f.ReceivedAt >= from && f.ReceivedAt < to).OrderBy(f => f.ReceivedAt)];
            return Task.FromResult(list);
        }
    }

    public Task<bool> DeleteAsync(string customerId, string askId, CancellationToken ct = default)
    {
        lock (_gate) return Task.FromResult(_answers.Remove((customerId, askId)));
    }
}
