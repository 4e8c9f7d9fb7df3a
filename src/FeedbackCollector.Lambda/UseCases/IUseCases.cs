using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Lambda.Roles;

namespace FeedbackCollector.Lambda.UseCases;

/// <summary>What a use case did, as the handler reports it: an outcome word, the ids and a count.</summary>
internal sealed record StepOutcome(string Outcome, string? CustomerId = null, string? AskId = null, int? Count = null);

/// <summary>drive-sync and calendar-sync: read the source since the cursor and plan asks for new visits.</summary>
internal interface ISyncJob
{
    Task<StepOutcome> RunAsync(CancellationToken ct);
}

/// <summary>request-builder: plan asks (schedule them) for visits, and send one when its schedule fires.</summary>
internal interface IAskPlanner
{
    Task<StepOutcome> PlanAsync(IReadOnlyList<Visit> visits, CancellationToken ct);
}

internal interface IAskSender
{
    /// <summary>Sends the ask (or follow-up) the fired schedule names.</summary>
    Task<StepOutcome> SendAsync(ScheduledJob job, CancellationToken ct);
}

/// <summary>reply-handler's mail side: read the raw MIME SES stored, verify the reply-to token, record the first reply.</summary>
/// <returns>The outcome, and the answer to route when one was recorded.</returns>
internal interface IInboundReplies
{
    Task<(StepOutcome Outcome, AnswerRef? Recorded)> AcceptAsync(string bucket, string key, CancellationToken ct);
}

/// <summary>router: bucket the answer (stars by the rules, text by the classifier); true when dispatch should act.</summary>
internal interface IReplyRouter
{
    Task<(StepOutcome Outcome, bool Dispatch)> RouteAsync(string customerId, string askId, CancellationToken ct);
}

/// <summary>dispatch: make the move for a routed answer (review nudge, owner ping, held).</summary>
internal interface IDispatchStep
{
    Task<StepOutcome> DispatchAsync(string customerId, string askId, CancellationToken ct);
}

/// <summary>sweep-summary: the daily sweep and the monthly owner summary.</summary>
internal interface ISweepSummary
{
    Task<StepOutcome> SweepAsync(CancellationToken ct);

    Task<StepOutcome> SummarizeAsync(CancellationToken ct);
}

/// <summary>Hands a payload to another of our roles (Lambda Invoke, InvocationType Event).</summary>
internal interface IRoleInvoker
{
    Task InvokeAsync(Role target, byte[] payload, CancellationToken ct);
}

/// <summary>
/// The composition root's answer to "what does this role need": each member is called only by the
/// role that uses it, so a role builds (and reads the secrets of) only its own use cases.
/// </summary>
internal interface IUseCases
{
    ISyncJob DriveSync();
    ISyncJob CalendarSync();
    IWebEndpoint IntakeWebhook();
    IAskPlanner Planner();
    IAskSender Sender();
    ITapEndpoint Taps();
    IInboundReplies InboundReplies();
    IReplyRouter Router();
    IDispatchStep Dispatch();
    ISweepSummary SweepSummary();
    IRoleInvoker Invoker();
}
