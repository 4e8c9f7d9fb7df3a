using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Testing.Fakes;

/// <summary>
/// In-memory one-off schedules. Tests "advance" it with <see cref="TakeDue"/>: the jobs due at or
/// before a time are removed (a one-off schedule deletes itself after it fires) and returned.
/// </summary>
public sealed class FakeAskScheduler : IAskScheduler
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, ScheduledJob> _jobs = new(StringComparer.Ordinal);

    /// <summary>Pending jobs, earliest first.</summary>
    public IReadOnlyList<ScheduledJob> Jobs
    {
        get { lock (_gate) return [.. _jobs.Values.OrderBy(j => j.DueAt).ThenBy(j => j.Name, StringComparer.Ordinal)]; }
    }

    public Task<bool> ScheduleAsync(ScheduledJob job, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        lock (_gate) return Task.FromResult(_jobs.TryAdd(job.Name, job));
    }

    public Task<IReadOnlyList<bool>> ScheduleManyAsync(IReadOnlyList<ScheduledJob> jobs, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        lock (_gate)
        {
            IReadOnlyList<bool> added = [.. jobs.Select(j => _jobs.TryAdd(j.Name, j))];
            return Task.FromResult(added);
        }
    }

    public Task<bool> CancelAsync(string name, CancellationToken ct = default)
    {
        lock (_gate) return Task.FromResult(_jobs.Remove(name));
    }

    /// <summary>As <see cref="CancelAsync"/>: a job that fired was already removed by <see cref="TakeDue"/>.</summary>
    public Task<bool> ForgetAsync(string name, CancellationToken ct = default) => CancelAsync(name, ct);

    /// <summary>Jobs due at or before <paramref name="now"/>, earliest first, without removing them.</summary>
    public IReadOnlyList<ScheduledJob> DueAt(DateTimeOffset now) => [.. Jobs.Where(j => j.DueAt <= now)];

    /// <summary>Removes and returns the jobs due at or before <paramref name="now"/>, earliest first.</summary>
    public IReadOnlyList<ScheduledJob> TakeDue(DateTimeOffset now)
    {
        lock (_gate)
        {
            var due = _jobs.Values.Where(j => j.DueAt <= now)
                .OrderBy(j => j.DueAt).ThenBy(j => j.Name, StringComparer.Ordinal).ToList();
            foreach (var job in due) _jobs.Remove(job.Name);
            return due;
        }
    }
}
