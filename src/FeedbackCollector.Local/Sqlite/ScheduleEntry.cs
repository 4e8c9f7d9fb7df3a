using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Local.Sqlite;

/// <summary>One row of the durable schedule table.</summary>
/// <param name="Kind">A <see cref="JobKind"/> name ("SendAsk", "FollowUp") or "recurring:{job}" for an occurrence of a recurring job.</param>
public sealed record ScheduleEntry(
    string Name,
    string Kind,
    string CustomerId,
    string AskId,
    DateTimeOffset DueAt,
    DateTimeOffset? ClaimedAt,
    DateTimeOffset? DoneAt,
    int Attempts,
    string? LastError)
{
    public const string RecurringPrefix = "recurring:";

    /// <summary>The one-off job this row holds, or null for a recurring occurrence.</summary>
    public ScheduledJob? AsJob() =>
        Enum.TryParse<JobKind>(Kind, out var kind) && !Kind.StartsWith(RecurringPrefix, StringComparison.Ordinal)
            ? new ScheduledJob(Name, kind, CustomerId, AskId, DueAt)
            : null;

    /// <summary>The recurring job's name for an occurrence row, else null.</summary>
    public string? RecurringJobName =>
        Kind.StartsWith(RecurringPrefix, StringComparison.Ordinal) ? Kind[RecurringPrefix.Length..] : null;
}
