using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Scheduling;
using FeedbackCollector.Core.Sweeps;

namespace FeedbackCollector.Core.Flow;

/// <summary>What one daily sweep did.</summary>
/// <param name="FollowUpsScheduled">Follow-up jobs created now (AskSender sends them when due).</param>
/// <param name="Closed">Asks closed now, with why.</param>
/// <param name="Rescheduled">Pending asks whose send job was re-created (a crash or a transient failure left them waiting).</param>
/// <param name="Unclear">Unclear answers still waiting for a person, oldest first.</param>
public sealed record SweepReport(
    IReadOnlyList<ScheduledJob> FollowUpsScheduled,
    IReadOnlyList<AskClosure> Closed,
    IReadOnlyList<Ask> MarkedAnswered,
    IReadOnlyList<ScheduledJob> Rescheduled,
    IReadOnlyList<UnclearItem> Unclear)
{
    /// <summary>The owner's digest sent after the sweep, when the caller ran it.</summary>
    public DigestOutcome? Digest { get; init; }
}

/// <summary>
/// The daily sweep: reads the rows, lets Sweep decide, then writes. Every write is conditional or
/// idempotent (deterministic job names, status transitions), so running it twice changes nothing more.
/// </summary>
public sealed class DailySweepJob(
    IAskStore asks, IFeedbackStore feedback, IAuditLog audit, IAskScheduler scheduler, OwnerDocs docs,
    CollectorSettings settings, TimeProvider time)
{
    public async Task<SweepReport> RunAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var current = await docs.LoadAsync(ct);
        var rules = current.Rules;
        var open = new List<Ask>(await asks.ListByStatusAsync(AskStatus.Sent, ct));
        var pending = await asks.ListByStatusAsync(AskStatus.Pending, ct);
        var since = now - settings.UnclearLookback;
        var answers = new List<Feedback>(await feedback.ListReceivedAsync(since, now.AddTicks(1), ct));
        foreach (var ask in open)
        {
            if (await feedback.GetAsync(ask.CustomerId, ask.AskId, ct) is { } answer) answers.Add(answer);
        }
        var unclearAsks = await AsksOfAsync(answers.Where(f => f.Bucket == Bucket.Unclear), ct);
        var decision = Sweep.Decide([.. open, .. pending, .. unclearAsks], answers,
            await audit.ListAsync(since, now.AddTicks(1), ct), now, rules);
        var followUps = await ScheduleFollowUpsAsync(decision.FollowUps, FollowUpTime(now, current), ct);
        var closed = await CloseAsync(decision.Closes, now, ct);
        var repaired = new List<Ask>();
        foreach (var ask in decision.Answered)
        {
            if (await asks.TryTransitionAsync(ask.CustomerId, ask.AskId, AskStatus.Sent, AskStatus.Answered, new AskChange(), ct)) repaired.Add(ask);
        }
        var closedKeys = closed.Select(c => (c.Ask.CustomerId, c.Ask.AskId)).ToHashSet();
        var rescheduled = await RescheduleAsync(pending.Where(a => !closedKeys.Contains((a.CustomerId, a.AskId))), now, ct);
        return new SweepReport(followUps, closed, repaired, rescheduled, decision.Unclear);
    }

    private async Task<List<Ask>> AsksOfAsync(IEnumerable<Feedback> answers, CancellationToken ct)
    {
        var found = new List<Ask>();
        foreach (var f in answers.DistinctBy(f => (f.CustomerId, f.AskId)))
        {
            if (await asks.GetAsync(f.CustomerId, f.AskId, ct) is { Status: AskStatus.Answered or AskStatus.Closed } ask) found.Add(ask);
        }
        return found;
    }

    // The follow-up is as polite as the ask: out of quiet hours, off closed days and holidays.
    // If every day of the coming year is closed, the follow-up goes at the earliest time rather than never.
    private DateTimeOffset FollowUpTime(DateTimeOffset now, OwnerDocSet current)
    {
        var earliest = now + settings.JobLead;
        return SendTimePlanner.TryNextAllowed(earliest, current.Rules, current.Holidays) ?? earliest;
    }

    private async Task<List<ScheduledJob>> ScheduleFollowUpsAsync(IReadOnlyList<Ask> due, DateTimeOffset at, CancellationToken ct)
    {
        var created = new List<ScheduledJob>();
        foreach (var ask in due)
        {
            var job = new ScheduledJob(JobNames.FollowUp(ask.AskId), JobKind.FollowUp, ask.CustomerId, ask.AskId, at);
            if (await scheduler.ScheduleAsync(job, ct)) created.Add(job);
        }
        return created;
    }

    private async Task<List<AskClosure>> CloseAsync(IReadOnlyList<AskClosure> closes, DateTimeOffset now, CancellationToken ct)
    {
        var closed = new List<AskClosure>();
        foreach (var close in closes)
        {
            var ask = close.Ask;
            if (!await asks.TryTransitionAsync(ask.CustomerId, ask.AskId, ask.Status, AskStatus.Closed, new AskChange(), ct)) continue;
            await audit.AppendAsync(new AuditEntry(ask.CustomerId, now, ask.AskId, null, Move.Closed, null,
                CollectorSettings.SystemUser, close.Reason), ct);
            closed.Add(close);
        }
        return closed;
    }

    private async Task<List<ScheduledJob>> RescheduleAsync(IEnumerable<Ask> pending, DateTimeOffset now, CancellationToken ct)
    {
        var created = new List<ScheduledJob>();
        foreach (var ask in pending)
        {
            var due = ask.SendAt > now + settings.JobLead ? ask.SendAt : now + settings.JobLead;
            var job = new ScheduledJob(JobNames.SendAsk(ask.AskId), JobKind.SendAsk, ask.CustomerId, ask.AskId, due);
            if (await scheduler.ScheduleAsync(job, ct)) created.Add(job);
        }
        return created;
    }
}
