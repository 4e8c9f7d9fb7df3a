using FeedbackCollector.Core.Flow;
using FeedbackCollector.Lambda.UseCases;

namespace FeedbackCollector.Lambda.Composition;

/// <summary>sweep-summary over the flow's jobs, built on first use; a retryable summary failure is thrown so the schedule's retry runs again.</summary>
internal sealed class SweepSummaryStep(Func<DailySweepJob> sweep, Func<MonthlySummaryJob> summary) : ISweepSummary
{
    public async Task<StepOutcome> SweepAsync(CancellationToken ct)
    {
        var report = await sweep().RunAsync(ct);
        return new StepOutcome("swept", Count: report.FollowUpsScheduled.Count + report.Closed.Count + report.MarkedAnswered.Count + report.Rescheduled.Count);
    }

    public async Task<StepOutcome> SummarizeAsync(CancellationToken ct)
    {
        var outcome = await summary().RunAsync(ct);
        if (outcome.Retry) throw new TransientStepException($"the summary for {outcome.Month} failed and may be retried: {outcome.Detail}");
        return new StepOutcome(outcome.Status.ToString().ToLowerInvariant());
    }
}
