using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Scheduling;

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
    IAskStore asks, IAskScheduler scheduler, ISuppressionList suppression, IAuditLog audit, OwnerDocs docs, TimeProvider time)
{
    public async Task<IntakeResult> AcceptAsync(Visit visit, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(visit);
        var customerId = visit.Customer.CustomerId;
        var existing = await asks.GetAsync(customerId, visit.AskId, ct);
        if (existing is not null) return await DuplicateAsync(existing, ct);
        var current = await docs.LoadAsync(ct);
        // Rows of visits never asked about do not count toward the ask cap.
        var prior = (await asks.ListForCustomerAsync(customerId, ct))
            .Where(a => a.Status != AskStatus.Closed || a.SentAt is not null).ToList();
        var request = new PlanRequest(visit, current.Rules, current.Holidays, prior, await IsSuppressedAsync(visit.Customer, ct));
        return SendTimePlanner.Plan(request) switch
        {
            PlanOutcome.Planned planned => await PlanAsync(visit, planned.SendAt, ct),
            PlanOutcome.NotPlanned not => await NotPlanAsync(visit, not.Reason, ct),
            _ => throw new InvalidOperationException("Unknown plan outcome."),
        };
    }

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
