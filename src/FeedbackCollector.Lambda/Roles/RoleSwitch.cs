using FeedbackCollector.Lambda.Events;
using FeedbackCollector.Lambda.Handlers;
using FeedbackCollector.Lambda.Runtime;
using FeedbackCollector.Lambda.UseCases;

namespace FeedbackCollector.Lambda.Roles;

/// <summary>The one place a role becomes a handler. A role without a case fails init loudly, never falls through.</summary>
internal static class RoleSwitch
{
    public static IInvocationHandler Create(Role role, IUseCases uses) => role switch
    {
        Role.DriveSync => new SyncHandler(role, SchedulerJobs.DriveSync, uses.DriveSync()),
        Role.IntakeWebhook => new IntakeWebhookHandler(uses.IntakeWebhook()),
        Role.CalendarSync => new SyncHandler(role, SchedulerJobs.CalendarSync, uses.CalendarSync()),
        Role.RequestBuilder => new RequestBuilderHandler(uses.Planner(), uses.Sender(), uses.Privacy()),
        Role.ReplyHandler => new ReplyHandler(uses.Pages(), uses.InboundReplies()),
        Role.Router => new RouterHandler(uses.Router()),
        Role.Dispatch => new DispatchHandler(uses.Dispatch()),
        Role.SweepSummary => new SweepSummaryHandler(uses.SweepSummary()),
        _ => throw new UnknownRoleException($"role {role} has no handler"),
    };
}
