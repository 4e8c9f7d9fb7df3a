using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Scheduling;
using FeedbackCollector.Core.Sms;

namespace FeedbackCollector.Core.Flow;

public enum IntakeStatus { Planned, NotPlanned, Duplicate }

/// <summary>What became of a visit.</summary>
/// <param name="Ask">The ask row for the visit (a Closed row with LastError for a visit not planned).</param>
/// <param name="Job">The send job when one was (re)scheduled.</param>
/// <param name="Reason">Why a visit was not planned, e.g. "ask cap: already asked on 2026-02-10 (at most 1 per 90 days)".</param>
public sealed record IntakeResult(IntakeStatus Status, Ask Ask, ScheduledJob? Job, string? Reason = null);

/// <summary>
/// A finished visit becomes one ask and one send job. The ask id comes from the visit, and both the
/// ask row and the job name are natural keys, so a retried webhook or a re-synced row adds nothing.
/// A visit that is not asked about is still written, as a Closed row saying why, so nothing is dropped
/// silently and a retry of it is recognised.
/// </summary>
public sealed class VisitIntake(
    IAskStore asks, IAskScheduler scheduler, ISuppressionList suppression, IAuditLog audit, OwnerDocs docs, TimeProvider time,
    string? phoneRegion = null)
{
    public async Task<IntakeResult> AcceptAsync(Visit visit, CancellationToken ct = default) =>
        await AcceptAsync(visit, await docs.LoadAsync(ct), ct);

    /// <summary>One visit under docs the caller loaded once for a whole batch (an import does not look at them per row).</summary>
    public async Task<IntakeResult> AcceptAsync(Visit visit, OwnerDocSet current, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(visit);
        ArgumentNullException.ThrowIfNull(current);
        var phone = CheckPhone(visit.Customer, current);
        if (phone.Problem is null) visit = visit with { Customer = phone.Customer };
        var customerId = visit.Customer.CustomerId;
        // One read gives both the visit's own ask (a retry) and the customer's earlier asks (the cap).
        var asked = await asks.ListForCustomerAsync(customerId, ct);
        var existing = asked.FirstOrDefault(a => a.AskId == visit.AskId);
        if (existing is not null) return await DuplicateAsync(existing, ct);
        if (phone.Problem is { } bad) return await NotPlanAsync(visit, bad, ct);
        // Rows of visits never asked about do not count toward the ask cap.
        var prior = asked.Where(a => a.Status != AskStatus.Closed || a.SentAt is not null).ToList();
        var request = new PlanRequest(visit, current.Rules, current.Holidays, prior, await IsSuppressedAsync(visit.Customer, ct));
        return SendTimePlanner.Plan(request) switch
        {
            PlanOutcome.Planned planned => await PlanAsync(visit, planned.SendAt, ct),
            PlanOutcome.NotPlanned not => await NotPlanAsync(visit, not.Reason, ct),
            _ => throw new InvalidOperationException("Unknown plan outcome."),
        };
    }

    // A number is kept in E.164 (the business's country for a number written without +…). A bad number with an
    // email beside it is dropped (the customer is asked by email); with nothing else to reach them it is the reason.
    private (Customer Customer, string? Problem) CheckPhone(Customer customer, OwnerDocSet current)
    {
        if (string.IsNullOrWhiteSpace(customer.Phone)) return (customer with { Phone = null }, null);
        var check = PhoneNormalizer.Normalize(customer.Phone, current.Rules.Holidays.Country ?? phoneRegion);
        if (check.E164 is { } e164) return (customer with { Phone = e164, CustomerId = PhoneKeyed(customer, e164) }, null);
        return string.IsNullOrWhiteSpace(customer.Email)
            ? (customer, "phone number: " + check.Problem)
            : (customer with { Phone = null }, null);
    }

    // An id made from the phone as written ("9123 4567") becomes the id of its E.164 form, so one person is one
    // customer however the till wrote the number, and a text from them (always E.164) finds their ask.
    private static string PhoneKeyed(Customer customer, string e164) =>
        string.IsNullOrWhiteSpace(customer.Email) && customer.CustomerId == AskId.ForCustomer(null, customer.Phone)
            ? AskId.ForCustomer(null, e164) : customer.CustomerId;

    private async Task<IntakeResult> PlanAsync(Visit visit, DateTimeOffset sendAt, CancellationToken ct)
    {
        var name = JobNames.SendAsk(visit.AskId);
        var ask = NewAsk(visit, sendAt, AskStatus.Pending) with { ScheduleName = name };
        if (!await asks.TryAddAsync(ask, ct))
        {
            return await DuplicateAsync(await asks.GetAsync(ask.CustomerId, ask.AskId, ct) ?? ask, ct);
        }
        var job = Job(ask);
        await scheduler.ScheduleAsync(job, ct);
        return new IntakeResult(IntakeStatus.Planned, ask, job);
    }

    private async Task<IntakeResult> NotPlanAsync(Visit visit, string reason, CancellationToken ct)
    {
        var ask = NewAsk(visit, visit.EndedAt, AskStatus.Closed) with { LastError = "not planned: " + reason };
        if (!await asks.TryAddAsync(ask, ct))
        {
            return await DuplicateAsync(await asks.GetAsync(ask.CustomerId, ask.AskId, ct) ?? ask, ct);
        }
        await audit.AppendAsync(new AuditEntry(ask.CustomerId, time.GetUtcNow(), ask.AskId, null, Move.Closed, null,
            CollectorSettings.SystemUser, "not planned: " + reason), ct);
        return new IntakeResult(IntakeStatus.NotPlanned, ask, null, reason);
    }

    // A retry after a crash between writing the ask and scheduling its job must still get the job: scheduling is idempotent.
    private async Task<IntakeResult> DuplicateAsync(Ask existing, CancellationToken ct)
    {
        if (existing.Status != AskStatus.Pending) return new IntakeResult(IntakeStatus.Duplicate, existing, null);
        var job = Job(existing);
        return new IntakeResult(IntakeStatus.Duplicate, existing, await scheduler.ScheduleAsync(job, ct) ? job : null);
    }

    private async Task<bool> IsSuppressedAsync(Customer customer, CancellationToken ct) =>
        (!string.IsNullOrWhiteSpace(customer.Email) && await suppression.IsSuppressedAsync(customer.Email, ct))
        || (string.IsNullOrWhiteSpace(customer.Email) && !string.IsNullOrWhiteSpace(customer.Phone)
            && await suppression.IsSuppressedAsync(customer.Phone, ct));

    private static Ask NewAsk(Visit visit, DateTimeOffset sendAt, AskStatus status) =>
        new(visit.Customer.CustomerId, visit.AskId, visit.Customer, visit.VisitType, visit.EndedAt, sendAt, status);

    private static ScheduledJob Job(Ask ask) =>
        new(JobNames.SendAsk(ask.AskId), JobKind.SendAsk, ask.CustomerId, ask.AskId, ask.SendAt);
}
