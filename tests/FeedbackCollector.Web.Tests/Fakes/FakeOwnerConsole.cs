using FeedbackCollector.Core.Model;
using FeedbackCollector.Web.Owner;

namespace FeedbackCollector.Web.Tests.Fakes;

internal sealed class FakeOwnerConsole : IOwnerConsole
{
    public static readonly DateTimeOffset At = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    public List<OwnerDecision> Decisions { get; } = [];
    public int Loads { get; private set; }

    public OwnerView View { get; set; } = new(
        "Salon <Bella>",
        [new Ask("c1", "a1", new Customer("c1", "<b>Ana</b>", "ana@example.com", null), "haircut", At, At, AskStatus.Sent)],
        [new Feedback("c1", "a1", At, Channel.Email, "<script>alert(1)</script> was ok", Bucket.Unclear, "text: unclear 0.5")],
        [new UnclearItem("c1", "a1", "Ana", At, "<script>alert(1)</script> was ok", "text: unclear 0.5")],
        [new OutboxItem("2026-03-02-a1.eml", "ana@example.com", "How was it? <3", At)]);

    public Task<OwnerView> LoadAsync(CancellationToken ct = default)
    {
        Loads++;
        return Task.FromResult(View);
    }

    public DateTimeOffset? SessionsEndedAt { get; set; }

    public Task<DateTimeOffset?> SessionsEndedAtAsync(CancellationToken ct = default) => Task.FromResult(SessionsEndedAt);

    /// <summary>Ends sessions at the instant given by <see cref="EndAt"/> (the test's clock).</summary>
    public Func<DateTimeOffset>? EndAt { get; set; }

    public Task EndSessionsAsync(CancellationToken ct = default)
    {
        SessionsEndedAt = EndAt?.Invoke() ?? At;
        return Task.CompletedTask;
    }

    public Task<bool> DecideAsync(OwnerDecision decision, CancellationToken ct = default)
    {
        Decisions.Add(decision);
        return Task.FromResult(true);
    }
}
