using FeedbackCollector.App;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Lambda.Roles;
using FeedbackCollector.Web.Http;

namespace FeedbackCollector.Lambda.UseCases;

/// <summary>What a use case did, as the handler reports it: an outcome word, the ids and a count.</summary>
internal sealed record StepOutcome(string Outcome, string? CustomerId = null, string? AskId = null, int? Count = null)
{
    /// <summary>Owner alerts (Logging.OwnerAlerts) the step raised, each counted once.</summary>
    public IReadOnlyList<string> Alerts { get; init; } = [];

    /// <summary>What went wrong without failing the step (a calendar not read), one warning log line each; never customer text.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

/// <summary>drive-sync and calendar-sync: read the source since the cursor and plan asks for new visits.</summary>
internal interface ISyncJob
{
    Task<StepOutcome> RunAsync(CancellationToken ct);
}

/// <summary>request-builder: plan asks (schedule them) for visits, and withdraw the pending asks of visits taken back.</summary>
internal interface IAskPlanner
{
    Task<StepOutcome> PlanAsync(IReadOnlyList<Visit> visits, CancellationToken ct);

    Task<StepOutcome> WithdrawAsync(IReadOnlyList<Withdrawal> withdrawals, CancellationToken ct);

    /// <summary>A note to the owner handed over by a role that cannot reach them itself.</summary>
    Task<StepOutcome> TellOwnerAsync(OwnerPing note, CancellationToken ct);

    /// <summary>
    /// The customer list drive-sync mirrored (the S3 event of customers.csv, then request-builder's own continuations),
    /// planned by natural key in runs bounded by the chunk size and the invocation's <paramref name="deadline"/>.
    /// </summary>
    Task<StepOutcome> PlanCustomerListAsync(CustomerListStep step, DateTimeOffset? deadline, CancellationToken ct) =>
        throw new NotSupportedException("this planner does not read the customer list");
}

/// <summary>One run of the mirrored customer list: the object, its version (null: the current one) and the row index to start at.</summary>
internal sealed record CustomerListStep(string Bucket, string Key, string? Version, int Start);

/// <summary>request-builder: an operator's erasure or export request for one customer; the answer is the report as JSON.</summary>
internal interface IPrivacyRequests
{
    /// <summary>The erasure report (PrivacyJson); a contact that is neither an email nor a phone throws PrivacyRequestException.</summary>
    Task<byte[]> EraseAsync(string contact, CancellationToken ct);

    /// <summary>Everything held about the contact (PrivacyJson).</summary>
    Task<byte[]> ExportAsync(string contact, CancellationToken ct);
}

internal interface IAskSender
{
    /// <summary>Sends the ask (or follow-up) the fired schedule names.</summary>
    Task<StepOutcome> SendAsync(ScheduledJob job, CancellationToken ct);
}

/// <summary>The shared pages and endpoints behind a Function URL (intake-webhook's webhook, reply-handler's pages).</summary>
internal interface IWebEndpoint
{
    Task<WebResponse> HandleAsync(WebRequest request, CancellationToken ct);
}

/// <summary>reply-handler's mail side: a raw MIME SES stored, through the shared inbound use case.</summary>
internal interface IInboundReplies
{
    Task<StepOutcome> AcceptAsync(string bucket, string key, CancellationToken ct);
}

/// <summary>router: classify and record a written reply (a tap arrives recorded), then hand it to dispatch.</summary>
internal interface IReplyRouter
{
    Task<StepOutcome> RouteAsync(ReplyToRoute reply, CancellationToken ct);
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
/// What a role's handler asks for. The AWS implementation forwards to the one composition place (FlowApp), so
/// a role builds (and reads the secrets of) only the use cases it calls; tests substitute fakes here.
/// </summary>
internal interface IUseCases
{
    ISyncJob DriveSync();
    ISyncJob CalendarSync();
    IWebEndpoint IntakeWebhook();
    IAskPlanner Planner();
    IAskSender Sender();
    IPrivacyRequests Privacy();
    IWebEndpoint Pages();
    IInboundReplies InboundReplies();
    IReplyRouter Router();
    IDispatchStep Dispatch();
    ISweepSummary SweepSummary();
}
