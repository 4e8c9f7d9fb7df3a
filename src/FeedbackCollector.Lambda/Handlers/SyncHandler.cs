using FeedbackCollector.Lambda.Events;
using FeedbackCollector.Lambda.Roles;
using FeedbackCollector.Lambda.Runtime;
using FeedbackCollector.Lambda.UseCases;

namespace FeedbackCollector.Lambda.Handlers;

/// <summary>drive-sync and calendar-sync: a recurring schedule fires their one job.</summary>
internal sealed class SyncHandler(Role role, string job, ISyncJob sync) : RoleHandler(role)
{
    protected override async Task<HandlerResult> HandleJobAsync(SchedulerJob scheduled, CancellationToken ct)
    {
        if (scheduled.Name != job) return await Refuse($"the scheduled task '{Cap(scheduled.Name)}'");
        return Respond(await sync.RunAsync(ct));
    }
}
