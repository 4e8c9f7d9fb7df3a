using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Local.Sqlite;

namespace FeedbackCollector.Local.Scheduling;

/// <summary>
/// The in-process scheduler: every poll it adds the current occurrence of each recurring job, claims
/// the due rows of the schedule table, runs them one by one and marks each done, or records the
/// error and moves it back for a retry with backoff. Jobs are claimed before they run and done only
/// after, so a crash in between is recovered by the stale-claim timeout (the handlers are idempotent
/// by the ask's status, which makes that single re-run harmless).
/// </summary>
public sealed class SchedulerLoop
{
    private readonly SqliteAskScheduler _schedule;
    private readonly Func<ScheduledJob, CancellationToken, Task> _handler;
    private readonly Dictionary<string, RecurringJob> _recurring;
    private readonly SchedulerLoopOptions _options;
    private readonly TimeProvider _time;
    private readonly Func<TimeSpan, CancellationToken, Task> _delay;

    /// <param name="handler">Runs a one-off job (the flow's AskSender, plugged in by the CLI).</param>
    /// <param name="delay">Waits between polls; defaults to Task.Delay on <paramref name="time"/>.</param>
    public SchedulerLoop(SqliteAskScheduler schedule, Func<ScheduledJob, CancellationToken, Task> handler,
        IEnumerable<RecurringJob> recurring, SchedulerLoopOptions options, TimeProvider time,
        Func<TimeSpan, CancellationToken, Task>? delay = null)
    {
        _schedule = schedule ?? throw new ArgumentNullException(nameof(schedule));
        _handler = handler ?? throw new ArgumentNullException(nameof(handler));
        _recurring = (recurring ?? []).ToDictionary(j => j.Name, StringComparer.Ordinal);
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _delay = delay ?? ((span, ct) => Task.Delay(span, time, ct));
    }

    /// <summary>Raised after each job attempt (for logs and tests); never affects the loop.</summary>
    public event EventHandler<JobOutcome>? JobFinished;

    /// <summary>Polls until cancelled. A failing poll (e.g. the database is locked) is reported and retried next poll.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                JobFinished?.Invoke(this, new JobOutcome("(poll)", false, ex.Message));
            }
            try
            {
                await _delay(_options.PollInterval, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
        }
    }

    /// <summary>One poll: enqueue recurring occurrences, then claim and run what is due. Returns how many jobs ran.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        var now = _time.GetUtcNow();
        await EnqueueRecurringAsync(now, ct);
        var claimed = await _schedule.ClaimDueAsync(now, now - _options.StaleClaimAfter, _options.BatchSize, ct);
        foreach (var entry in claimed)
        {
            await RunEntryAsync(entry, ct);
        }
        return claimed.Count;
    }

    private async Task EnqueueRecurringAsync(DateTimeOffset now, CancellationToken ct)
    {
        foreach (var job in _recurring.Values)
        {
            var occurrence = job.Schedule.LatestAtOrBefore(now);
            if (now - occurrence <= job.MaxLateness)
            {
                await _schedule.EnsureOccurrenceAsync(job.OccurrenceName(occurrence), job.Name, occurrence, ct);
            }
        }
    }

    private async Task RunEntryAsync(ScheduleEntry entry, CancellationToken ct)
    {
        try
        {
            await Dispatch(entry, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            await RecordFailureAsync(entry, ex, ct);
            return;
        }
        await _schedule.MarkDoneAsync(entry.Name, _time.GetUtcNow(), ct: ct);
        JobFinished?.Invoke(this, new JobOutcome(entry.Name, true, null));
    }

    private Task Dispatch(ScheduleEntry entry, CancellationToken ct)
    {
        if (entry.AsJob() is { } job) return _handler(job, ct);
        if (entry.RecurringJobName is { } name && _recurring.TryGetValue(name, out var recurring))
        {
            return recurring.Run(entry.DueAt, ct);
        }
        throw new InvalidOperationException($"No handler for schedule kind '{entry.Kind}'.");
    }

    private async Task RecordFailureAsync(ScheduleEntry entry, Exception ex, CancellationToken ct)
    {
        var error = ex is TransientFailureException ? ex.Message : $"{ex.GetType().Name}: {ex.Message}";
        var now = _time.GetUtcNow();
        if (entry.Attempts >= _options.MaxAttempts)
        {
            await _schedule.MarkDoneAsync(entry.Name, now, $"gave up after {entry.Attempts} attempts: {error}", ct);
        }
        else
        {
            await _schedule.RecordFailureAsync(entry.Name, error, now + _options.BackoffFor(entry.Attempts), ct);
        }
        JobFinished?.Invoke(this, new JobOutcome(entry.Name, false, error));
    }
}

/// <summary>What one job attempt came to.</summary>
public sealed record JobOutcome(string Name, bool Succeeded, string? Error);
