using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Web.Webhooks;

namespace FeedbackCollector.Cli.Composition;

/// <summary>Webhook and CSV visits both go to VisitIntake, which is idempotent by the visit's ask id.</summary>
internal sealed class VisitSink(VisitIntake intake, Action<string> log) : IVisitSink
{
    public async Task AcceptAsync(Visit visit, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(visit);
        var result = await intake.AcceptAsync(visit, ct);
        log($"visit {visit.Source}/{visit.SourceId} ({visit.VisitType}): {result.Status}"
            + (result.Status == IntakeStatus.Planned ? $", ask at {result.Ask.SendAt:u}" : result.Reason is null ? "" : $", {result.Reason}"));
    }
}
