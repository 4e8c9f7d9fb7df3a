using FeedbackCollector.Core.Model;
using FeedbackCollector.Web.Webhooks;

namespace FeedbackCollector.Web.Tests.Fakes;

internal sealed class RecordingVisitSink : IVisitSink
{
    public List<Visit> Visits { get; } = [];

    public Task AcceptAsync(Visit visit, CancellationToken ct = default)
    {
        Visits.Add(visit);
        return Task.CompletedTask;
    }
}
