using FeedbackCollector.Core.Ports;
using Microsoft.Data.Sqlite;

namespace FeedbackCollector.Local.Sqlite;

/// <summary>
/// The durable schedule table: IAskScheduler for the flow, plus the claim/done/retry operations the
/// SchedulerLoop uses. A claim is a conditional UPDATE, so two loops (or a loop restarted while an
/// old claim is still fresh) can never both run a job; a claim older than the stale timeout is
/// taken over, which is how a crash between claim and done is recovered.
/// </summary>
public sealed class SqliteAskScheduler(SqliteConnectionFactory factory) : IAskScheduler
{
    private const string Columns = "name, kind, customer_id, ask_id, due_at, claimed_at, done_at, attempts, last_error";

    public async Task<bool> ScheduleAsync(ScheduledJob job, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        return await InsertAsync(job.Name, job.Kind.ToString(), job.CustomerId, job.AskId, job.DueAt, ct);
    }

    /// <summary>One INSERT … SELECT over the batch as JSON (as SqliteAskStore.TryAddManyAsync); RETURNING names the jobs created.</summary>
    public async Task<IReadOnlyList<bool>> ScheduleManyAsync(IReadOnlyList<ScheduledJob> jobs, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        if (jobs.Count == 0) return [];
        foreach (var job in jobs) ArgumentException.ThrowIfNullOrWhiteSpace(job.Name);
        var rows = JsonRows.Rows(jobs, static (w, j) =>
        {
            w.Text(j.Name); w.Text(j.Kind.ToString()); w.Text(j.CustomerId); w.Text(j.AskId); w.Time(j.DueAt);
        });
        await using var connection = await factory.OpenAsync(ct);
        var added = (await connection.QueryAsync("""
            INSERT INTO schedule (name, kind, customer_id, ask_id, due_at)
            SELECT r.value ->> 0, r.value ->> 1, r.value ->> 2, r.value ->> 3, r.value ->> 4 FROM json_each(@rows) AS r WHERE true
            ON CONFLICT (name) DO NOTHING
            RETURNING name;
            """, static r => r.GetString(0), ct, ("@rows", rows))).ToHashSet(StringComparer.Ordinal);
        return [.. jobs.Select(j => added.Remove(j.Name))];
    }

    /// <summary>Removes a job that has not run yet; a finished job stays as history (false).</summary>
    public async Task<bool> CancelAsync(string name, CancellationToken ct = default)
    {
        await using var connection = await factory.OpenAsync(ct);
        return await connection.ExecuteAsync("DELETE FROM schedule WHERE name = @n AND done_at IS NULL;", ct, ("@n", name)) == 1;
    }

    /// <summary>Removes the job whether it ran or not: an erasure leaves no row naming the customer.</summary>
    public async Task<bool> ForgetAsync(string name, CancellationToken ct = default)
    {
        await using var connection = await factory.OpenAsync(ct);
        return await connection.ExecuteAsync("DELETE FROM schedule WHERE name = @n;", ct, ("@n", name)) == 1;
    }

    /// <summary>Adds one occurrence of a recurring job under its natural key; false when it exists (ran or pending).</summary>
    public Task<bool> EnsureOccurrenceAsync(string occurrenceName, string jobName, DateTimeOffset dueAt, CancellationToken ct = default) =>
        InsertAsync(occurrenceName, ScheduleEntry.RecurringPrefix + jobName, "", "", dueAt, ct);

    public async Task<ScheduleEntry?> GetAsync(string name, CancellationToken ct = default)
    {
        await using var connection = await factory.OpenAsync(ct);
        var rows = await connection.QueryAsync($"SELECT {Columns} FROM schedule WHERE name = @n;", Map, ct, ("@n", name));
        return rows.Count == 0 ? null : rows[0];
    }

    /// <summary>Every job not done yet, soonest first (for the owner page and tests).</summary>
    public async Task<IReadOnlyList<ScheduleEntry>> ListPendingAsync(CancellationToken ct = default)
    {
        await using var connection = await factory.OpenAsync(ct);
        return await connection.QueryAsync($"SELECT {Columns} FROM schedule WHERE done_at IS NULL ORDER BY due_at, name;", Map, ct);
    }

    /// <summary>
    /// Claims up to <paramref name="limit"/> due jobs: unclaimed, or claimed before <paramref name="staleBefore"/>
    /// (their runner died). Each claim is its own conditional UPDATE; only rows this call won are returned.
    /// </summary>
    public async Task<IReadOnlyList<ScheduleEntry>> ClaimDueAsync(DateTimeOffset now, DateTimeOffset staleBefore, int limit,
        CancellationToken ct = default)
    {
        await using var connection = await factory.OpenAsync(ct);
        var candidates = await connection.QueryAsync($"""
            SELECT {Columns} FROM schedule
            WHERE done_at IS NULL AND due_at <= @now AND (claimed_at IS NULL OR claimed_at < @stale)
            ORDER BY due_at, name LIMIT @limit;
            """, Map, ct, ("@now", SqliteTime.ToDb(now)), ("@stale", SqliteTime.ToDb(staleBefore)), ("@limit", limit));
        var claimed = new List<ScheduleEntry>(candidates.Count);
        foreach (var candidate in candidates)
        {
            var won = await connection.ExecuteAsync("""
                UPDATE schedule SET claimed_at = @now, attempts = attempts + 1
                WHERE name = @n AND done_at IS NULL AND (claimed_at IS NULL OR claimed_at < @stale);
                """, ct, ("@now", SqliteTime.ToDb(now)), ("@n", candidate.Name), ("@stale", SqliteTime.ToDb(staleBefore)));
            if (won == 1)
            {
                claimed.Add(candidate with { ClaimedAt = now, Attempts = candidate.Attempts + 1 });
            }
        }
        return claimed;
    }

    /// <summary>Marks a claimed job finished (optionally with a final error when it was given up).</summary>
    public async Task<bool> MarkDoneAsync(string name, DateTimeOffset at, string? finalError = null, CancellationToken ct = default)
    {
        await using var connection = await factory.OpenAsync(ct);
        return await connection.ExecuteAsync("""
            UPDATE schedule SET done_at = @at, last_error = coalesce(@e, last_error)
            WHERE name = @n AND done_at IS NULL;
            """, ct, ("@at", SqliteTime.ToDb(at)), ("@e", finalError), ("@n", name)) == 1;
    }

    /// <summary>Releases the claim, records the error and moves the job to <paramref name="retryAt"/>.</summary>
    public async Task<bool> RecordFailureAsync(string name, string error, DateTimeOffset retryAt, CancellationToken ct = default)
    {
        await using var connection = await factory.OpenAsync(ct);
        return await connection.ExecuteAsync("""
            UPDATE schedule SET claimed_at = NULL, last_error = @e, due_at = @retry
            WHERE name = @n AND done_at IS NULL;
            """, ct, ("@e", error), ("@retry", SqliteTime.ToDb(retryAt)), ("@n", name)) == 1;
    }

    private async Task<bool> InsertAsync(string name, string kind, string customerId, string askId, DateTimeOffset dueAt,
        CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        await using var connection = await factory.OpenAsync(ct);
        return await connection.ExecuteAsync("""
            INSERT INTO schedule (name, kind, customer_id, ask_id, due_at) VALUES (@n, @k, @c, @a, @due)
            ON CONFLICT (name) DO NOTHING;
            """, ct, ("@n", name), ("@k", kind), ("@c", customerId), ("@a", askId), ("@due", SqliteTime.ToDb(dueAt))) == 1;
    }

    private static ScheduleEntry Map(SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.Time(4), r.NullableTime(5), r.NullableTime(6),
        r.GetInt32(7), r.NullableString(8));
}
