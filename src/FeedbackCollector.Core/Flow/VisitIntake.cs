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
        return (await AcceptBatchAsync([visit], current, ct))[0];
    }

    /// <summary>
    /// Visits under docs loaded once, with the store touched per batch, not per visit: one read of the batch's
    /// customers' asks, one of their suppressions, the planner in memory, then one write of the new asks and one of
    /// their jobs. The outcome is that of accepting the visits one after another: a visit repeated in the batch is a
    /// duplicate, and an ask planned for an earlier row counts toward a later row's cap. Asks are written before their
    /// jobs, so a crash between the two leaves pending asks whose re-run schedules the jobs (scheduling is idempotent).
    /// </summary>
    public async Task<IReadOnlyList<IntakeResult>> AcceptBatchAsync(IReadOnlyList<Visit> visits, OwnerDocSet current, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(visits);
        ArgumentNullException.ThrowIfNull(current);
        var rows = visits.Select(v => CheckedVisit(v, current)).ToList();
        var known = (await asks.ListForCustomersAsync([.. rows.Select(r => r.Visit.Customer.CustomerId).Distinct(StringComparer.Ordinal)], ct))
            .GroupBy(a => a.CustomerId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        // Only visits that reach the planner need the suppression list (a retry or a bad number does not).
        var suppressed = await suppression.SuppressedAmongAsync(
            [.. rows.Where(r => r.Problem is null && Existing(known, r) is null).Select(r => Contact(r.Visit.Customer)).OfType<string>().Distinct()], ct);
        var decisions = rows.Select(r => Decide(r, known, suppressed, current)).ToList();
        return await WriteAsync(decisions, ct);
    }

    /// <summary>A visit with its phone checked and its ask id derived once (a hash: Visit.AskId computes it at each read).</summary>
    private readonly record struct Row(Visit Visit, string AskId, string? Problem);

    private Row CheckedVisit(Visit visit, OwnerDocSet current)
    {
        ArgumentNullException.ThrowIfNull(visit);
        var phone = CheckPhone(visit.Customer, current);
        var checkedVisit = phone.Problem is null && !ReferenceEquals(phone.Customer, visit.Customer) ? visit with { Customer = phone.Customer } : visit;
        return new Row(checkedVisit, visit.AskId, phone.Problem);
    }

    private static Ask? Existing(Dictionary<string, List<Ask>> known, Row row) =>
        known.GetValueOrDefault(row.Visit.Customer.CustomerId)?.FirstOrDefault(a => a.AskId == row.AskId);

    /// <summary>What one visit becomes, decided in memory; a new ask joins <paramref name="known"/> so later rows see it.</summary>
    private static Decision Decide(Row row, Dictionary<string, List<Ask>> known, IReadOnlySet<string> suppressed, OwnerDocSet current)
    {
        if (Existing(known, row) is { } existing) return new Decision(IntakeStatus.Duplicate, existing, isNew: false);
        var visit = row.Visit;
        Decision decision;
        if (row.Problem is { } problem) decision = NotPlanned(row, problem);
        else
        {
            var theirs = known.GetValueOrDefault(visit.Customer.CustomerId) ?? [];
            // Rows of visits never asked about do not count toward the ask cap.
            List<Ask> prior = theirs.Count == 0 ? [] : [.. theirs.Where(a => a.Status != AskStatus.Closed || a.SentAt is not null)];
            var isSuppressed = Contact(visit.Customer) is { } contact && suppressed.Contains(contact);
            decision = SendTimePlanner.Plan(new PlanRequest(visit, current.Rules, current.Holidays, prior, isSuppressed)) switch
            {
                PlanOutcome.Planned planned => new Decision(IntakeStatus.Planned,
                    NewAsk(row, planned.SendAt, AskStatus.Pending) with { ScheduleName = JobNames.SendAsk(row.AskId) }, isNew: true),
                PlanOutcome.NotPlanned not => NotPlanned(row, not.Reason),
                _ => throw new InvalidOperationException("Unknown plan outcome."),
            };
        }
        if (!known.TryGetValue(visit.Customer.CustomerId, out var list)) known[visit.Customer.CustomerId] = list = [];
        list.Add(decision.Ask);
        return decision;
    }

    private static Decision NotPlanned(Row row, string reason) =>
        new(IntakeStatus.NotPlanned, NewAsk(row, row.Visit.EndedAt, AskStatus.Closed) with { LastError = "not planned: " + reason }, isNew: true, reason);

    /// <summary>The new asks in one write, then the jobs of the planned ones and of pending duplicates in one write.</summary>
    private async Task<IReadOnlyList<IntakeResult>> WriteAsync(IReadOnlyList<Decision> decisions, CancellationToken ct)
    {
        var fresh = decisions.Where(d => d.IsNew).ToList();
        var added = await asks.TryAddManyAsync([.. fresh.Select(d => d.Ask)], ct);
        // A new ask another writer added first (a concurrent webhook on AWS, where there is no batch transaction) is that writer's.
        var lost = fresh.Where((_, i) => !added[i]).ToHashSet();
        var withJobs = decisions.Where(d => !lost.Contains(d) && d.Ask.Status == AskStatus.Pending).ToList();
        var scheduled = await scheduler.ScheduleManyAsync([.. withJobs.Select(d => Job(d.Ask))], ct);
        var jobCreated = withJobs.Select((d, i) => (d, scheduled[i])).ToDictionary(p => p.d, p => p.Item2);
        var results = new List<IntakeResult>(decisions.Count);
        foreach (var d in decisions)
        {
            results.Add(lost.Contains(d) ? await DuplicateAsync(await asks.GetAsync(d.Ask.CustomerId, d.Ask.AskId, ct) ?? d.Ask, ct)
                : d.Status == IntakeStatus.NotPlanned ? await AuditNotPlannedAsync(d, ct)
                : d.Status == IntakeStatus.Planned ? new IntakeResult(IntakeStatus.Planned, d.Ask, Job(d.Ask))
                : new IntakeResult(IntakeStatus.Duplicate, d.Ask, jobCreated.GetValueOrDefault(d) ? Job(d.Ask) : null));
        }
        return results;
    }

    private async Task<IntakeResult> AuditNotPlannedAsync(Decision d, CancellationToken ct)
    {
        await audit.AppendAsync(new AuditEntry(d.Ask.CustomerId, time.GetUtcNow(), d.Ask.AskId, null, Move.Closed, null,
            CollectorSettings.SystemUser, "not planned: " + d.Reason), ct);
        return new IntakeResult(IntakeStatus.NotPlanned, d.Ask, null, d.Reason);
    }

    /// <summary>One visit's outcome before it is written. A class, not a record: two equal asks of one batch stay two decisions.</summary>
    private sealed class Decision(IntakeStatus status, Ask ask, bool isNew, string? reason = null)
    {
        public IntakeStatus Status => status;
        public Ask Ask => ask;
        public bool IsNew => isNew;
        public string? Reason => reason;
    }

    // A number is kept in E.164 (the business's country for a number written without +…). A bad number with an
    // email beside it is dropped (the customer is asked by email); with nothing else to reach them it is the reason.
    private (Customer Customer, string? Problem) CheckPhone(Customer customer, OwnerDocSet current)
    {
        if (string.IsNullOrWhiteSpace(customer.Phone)) return (customer.Phone is null ? customer : customer with { Phone = null }, null);
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

    // A retry after a crash between writing the ask and scheduling its job must still get the job: scheduling is idempotent.
    private async Task<IntakeResult> DuplicateAsync(Ask existing, CancellationToken ct)
    {
        if (existing.Status != AskStatus.Pending) return new IntakeResult(IntakeStatus.Duplicate, existing, null);
        var job = Job(existing);
        return new IntakeResult(IntakeStatus.Duplicate, existing, await scheduler.ScheduleAsync(job, ct) ? job : null);
    }

    // The address the suppression list is asked about: the email, else the phone (as the sender reaches them).
    private static string? Contact(Customer customer) =>
        !string.IsNullOrWhiteSpace(customer.Email) ? customer.Email
        : !string.IsNullOrWhiteSpace(customer.Phone) ? customer.Phone : null;

    private static Ask NewAsk(Row row, DateTimeOffset sendAt, AskStatus status) =>
        new(row.Visit.Customer.CustomerId, row.AskId, row.Visit.Customer, row.Visit.VisitType, row.Visit.EndedAt, sendAt, status);

    private static ScheduledJob Job(Ask ask) =>
        new(JobNames.SendAsk(ask.AskId), JobKind.SendAsk, ask.CustomerId, ask.AskId, ask.SendAt);
}
