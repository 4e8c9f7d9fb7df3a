namespace FeedbackCollector.Local.Scheduling;

/// <summary>
/// A job that runs once per occurrence of its schedule (daily sweep, monthly summary).
/// Each occurrence becomes a row named "{Name}:{local date}" in the schedule table, so a restart
/// never runs an occurrence twice. Occurrences missed by more than <see cref="MaxLateness"/>
/// (the machine was off for days) are skipped rather than replayed.
/// </summary>
/// <param name="Name">Stable name, e.g. "daily-sweep", "monthly-summary" (part of the natural key).</param>
/// <param name="Run">Receives the occurrence's scheduled instant.</param>
public sealed record RecurringJob(
    string Name,
    RecurringSchedule Schedule,
    Func<DateTimeOffset, CancellationToken, Task> Run,
    TimeSpan MaxLateness)
{
    public RecurringJob(string name, RecurringSchedule schedule, Func<DateTimeOffset, CancellationToken, Task> run)
        : this(name, schedule, run, TimeSpan.FromHours(12))
    {
    }

    public string OccurrenceName(DateTimeOffset occurrence) => Name + ":" + Schedule.OccurrenceKey(occurrence);
}
