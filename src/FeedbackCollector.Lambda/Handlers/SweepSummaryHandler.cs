using FeedbackCollector.Lambda.Events;
using FeedbackCollector.Lambda.Roles;
using FeedbackCollector.Lambda.Runtime;
using FeedbackCollector.Lambda.UseCases;

namespace FeedbackCollector.Lambda.Handlers;

/// <summary>sweep-summary: the daily sweep and the monthly summary, each fired by its own recurring schedule.</summary>
internal sealed class SweepSummaryHandler(ISweepSummary work) : RoleHandler(Role.SweepSummary)
{
    protected override async Task<HandlerResult> HandleJobAsync(SchedulerJob job, CancellationToken ct) => job.Name switch
    {
        SchedulerJobs.DailySweep => Respond(await work.SweepAsync(ct)),
        SchedulerJobs.MonthlySummary => Respond(await work.SummarizeAsync(ct)),
        _ => await Refuse($"the scheduled task '{Cap(job.Name)}'"),
    };
}
