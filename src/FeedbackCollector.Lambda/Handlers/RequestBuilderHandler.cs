using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Lambda.Events;
using FeedbackCollector.Lambda.Roles;
using FeedbackCollector.Lambda.Runtime;
using FeedbackCollector.Lambda.UseCases;

namespace FeedbackCollector.Lambda.Handlers;

/// <summary>
/// request-builder takes three triggers: the sync roles hand it new visits to plan ("plan-visits"),
/// intake-webhook hands it refunded or cancelled visits to withdraw ("withdraw"), and a one-off schedule
/// fires to send an ask or its follow-up ("send-ask", "follow-up"); it tells the owner for calendar-sync ("tell-owner"); and
/// an operator's `aws lambda invoke` asks it to erase or export one customer ("erase", "export" with "contact"), answering
/// with the report. The S3 event of the customers bucket's customers.csv (drive-sync's mirror of the owner's sheet, or an
/// older version restored) plans the list; a long list is planned in runs, each handing the rest to request-builder itself
/// ("plan-customer-list", carrying the bucket, key, S3 version and the row index to start at).
/// </summary>
internal sealed class RequestBuilderHandler(IAskPlanner planner, IAskSender sender, IPrivacyRequests privacy) : RoleHandler(Role.RequestBuilder)
{
    /// <summary>Visits per invoke: a sync batch is split by the sender long before this.</summary>
    private const int MaxVisits = 500;

    protected override async Task<HandlerResult> HandleDirectAsync(DirectInvoke invoke, CancellationToken ct) => invoke.Kind switch
    {
        DirectInvokeKinds.PlanVisits => await PlanAsync(invoke, ct),
        DirectInvokeKinds.Withdraw => await WithdrawAsync(invoke, ct),
        DirectInvokeKinds.SendAsk => await SendAsync(JobKind.SendAsk, invoke, ct),
        DirectInvokeKinds.FollowUp => await SendAsync(JobKind.FollowUp, invoke, ct),
        DirectInvokeKinds.TellOwner => Respond(await planner.TellOwnerAsync(new OwnerPing(Require(invoke.CustomerId, "customerId"),
            Require(invoke.AskId, "askId"), Require(invoke.Subject, "subject"), Require(invoke.Text, "text"), []), ct)),
        DirectInvokeKinds.Erase => new HandlerResult(await privacy.EraseAsync(Require(invoke.Contact, "contact"), ct), "erased"),
        DirectInvokeKinds.Export => new HandlerResult(await privacy.ExportAsync(Require(invoke.Contact, "contact"), ct), "exported"),
        _ => await Refuse($"the direct invoke '{Cap(invoke.Kind)}'"),
    };

    protected override async Task<HandlerResult> HandleDirectAsync(DirectInvoke invoke, InvocationContext context, CancellationToken ct) =>
        invoke.Kind == DirectInvokeKinds.PlanCustomerList
            ? Respond(await planner.PlanCustomerListAsync(new CustomerListStep(Require(invoke.Bucket, "bucket"), Require(invoke.Key, "key"),
                Require(invoke.Version, "version"), invoke.Start is >= 0 and var start ? start : throw new InvalidEventException("the event has no start")),
                context.Deadline, ct))
            : await HandleDirectAsync(invoke, ct);

    /// <summary>The first run of a new version starts at the beginning; the event's version id (a versioned bucket) is the one planned.</summary>
    protected override async Task<HandlerResult> HandleS3Async(S3Event s3, InvocationContext context, CancellationToken ct)
    {
        var record = s3.Records is [var one] ? one : throw new InvalidEventException("the S3 event must carry exactly one record");
        var bucket = Require(record.S3?.Bucket?.Name, "bucket name");
        var key = S3ObjectKey.Decode(Require(record.S3?.Object?.Key, "object key"));
        var version = record.S3?.Object?.VersionId is { Length: > 0 } and not "null" and var v ? v : null;
        return Respond(await planner.PlanCustomerListAsync(new CustomerListStep(bucket, key, version, 0), context.Deadline, ct));
    }

    private async Task<HandlerResult> PlanAsync(DirectInvoke invoke, CancellationToken ct)
    {
        var visits = invoke.Visits ?? throw new InvalidEventException("plan-visits has no visits");
        if (visits.Count > MaxVisits) throw new InvalidEventException($"plan-visits carries {visits.Count} visits; at most {MaxVisits}");
        return Respond(await planner.PlanAsync(visits.Select(ToVisit).ToArray(), ct));
    }

    private async Task<HandlerResult> WithdrawAsync(DirectInvoke invoke, CancellationToken ct)
    {
        var items = invoke.Withdrawals ?? throw new InvalidEventException("withdraw has no withdrawals");
        if (items.Count > MaxVisits) throw new InvalidEventException($"withdraw carries {items.Count} withdrawals; at most {MaxVisits}");
        return Respond(await planner.WithdrawAsync(items.Select(w => new Withdrawal(Require(w.Source, "withdrawal source"),
            Require(w.SourceId, "withdrawal sourceId"), w.CustomerId, Require(w.Reason, "withdrawal reason"))).ToArray(), ct));
    }

    private async Task<HandlerResult> SendAsync(JobKind kind, DirectInvoke job, CancellationToken ct)
    {
        var due = job.DueAt ?? throw new InvalidEventException("the event has no dueAt");
        var scheduled = new ScheduledJob(Require(job.Name, "name"), kind, Require(job.CustomerId, "customerId"), Require(job.AskId, "askId"), due);
        return Respond(await sender.SendAsync(scheduled, ct));
    }

    private static Visit ToVisit(VisitPayload v) => new(
        Require(v.Source, "visit source"), Require(v.SourceId, "visit sourceId"),
        new Customer(Require(v.CustomerId, "visit customerId"), v.FirstName ?? "", v.Email, v.Phone),
        Require(v.VisitType, "visit type"), v.EndedAt) { ConsentRefused = v.ConsentRefused };
}
