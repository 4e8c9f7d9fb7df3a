namespace FeedbackCollector.Core.CustomerList;

/// <summary>
/// How much of a customer list one run may plan: on Lambda a 50,000-row first sync cannot finish inside one
/// invocation (each new row is a store write, a schedule and an audit row), so a run stops after
/// <see cref="MaxNewRows"/> rows handed to intake or when less than <see cref="Reserve"/> is left before
/// <see cref="Deadline"/>, whichever comes first, and the rest is planned by a continuation. Rows already taken cost
/// no store call and are not counted. Locally (one process, no timeout) the budget is <see cref="Unlimited"/>.
/// </summary>
/// <param name="MaxNewRows">New rows per run; null: no limit.</param>
/// <param name="Deadline">When the invocation is ended by its host; null: never.</param>
/// <param name="Reserve">Time kept back before the deadline to save the progress and hand on the rest.</param>
public sealed record ChunkBudget(int? MaxNewRows, DateTimeOffset? Deadline, TimeSpan Reserve)
{
    /// <summary>The time kept back on Lambda: saving the taken index (one put) and one async invoke take well under this.</summary>
    public static readonly TimeSpan DefaultReserve = TimeSpan.FromSeconds(5);

    /// <summary>The whole list in one run.</summary>
    public static ChunkBudget Unlimited { get; } = new(null, null, TimeSpan.Zero);

    /// <summary>
    /// True when the run must stop before the next new row. At least one new row is always planned, so a run that
    /// starts late still makes progress and a chain of continuations always ends.
    /// </summary>
    public bool IsSpent(int newRows, DateTimeOffset now) =>
        newRows > 0 && (newRows >= MaxNewRows || IsLate(now));

    /// <summary>
    /// How many new rows the next batch may take, at most <paramref name="batch"/>: none once spent, one when the run
    /// starts inside the reserve (the one row it always plans), else what is left of <see cref="MaxNewRows"/>.
    /// </summary>
    public int Room(int newRows, DateTimeOffset now, int batch) =>
        IsSpent(newRows, now) ? 0
        : IsLate(now) ? 1
        : Math.Min(batch, MaxNewRows is { } max ? Math.Max(1, max - newRows) : batch);

    private bool IsLate(DateTimeOffset now) => Deadline is { } end && end - now < Reserve;
}
