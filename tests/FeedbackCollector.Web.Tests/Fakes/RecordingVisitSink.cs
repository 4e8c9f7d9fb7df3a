using FeedbackCollector.Core.Model;
using FeedbackCollector.Web.Webhooks;

namespace FeedbackCollector.Web.Tests.Fakes;

internal sealed class RecordingVisitSink : IVisitSink
{
    public List<Visit> Visits { get; } = [];

    public List<Withdrawal> Withdrawals { get; } = [];

    public Task WithdrawAsync(Withdrawal withdrawal, CancellationToken ct = default)
    {
        Withdrawals.Add(withdrawal);
        return Task.CompletedTask;
    }

    /// <summary>Throw once, as a store that is briefly down would.</summary>
    public bool FailNext { get; set; }

    public Task AcceptAsync(Visit visit, CancellationToken ct = default)
    {
        if (FailNext)
        {
            FailNext = false;
            throw new IOException("store unavailable");
        }
        Visits.Add(visit);
        return Task.CompletedTask;
    }
}
