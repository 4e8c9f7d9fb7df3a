using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Lambda.UseCases;

namespace FeedbackCollector.Lambda.Composition;

/// <summary>request-builder's plan-visits: each visit becomes one ask and one one-off schedule (idempotent by ask id).</summary>
internal sealed class AskPlanner(VisitIntake intake) : IAskPlanner
{
    public async Task<StepOutcome> PlanAsync(IReadOnlyList<Visit> visits, CancellationToken ct)
    {
        var planned = 0;
        foreach (var visit in visits)
        {
            var result = await intake.AcceptAsync(visit, ct);
            if (result.Status == IntakeStatus.Planned) planned++;
        }
        return new StepOutcome("planned", visits.Count == 1 ? visits[0].Customer.CustomerId : null,
            visits.Count == 1 ? visits[0].AskId : null, planned);
    }
}
