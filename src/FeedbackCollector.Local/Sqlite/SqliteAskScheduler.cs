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
        return (await ScheduleManyAsync([job], ct))[0];
    }

    /// <summary>One statement stepped per job (RowWriter); its row count says which jobs were created.</summary>
    public async Task<IReadOnlyList<bool>> ScheduleManyAsync(IReadOnlyList<ScheduledJob> jobs, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        if (jobs.Count == 0) return [];
        foreach (var job in jobs) ArgumentException.ThrowIfNullOrWhiteSpace(job.Name);
        return await InsertAsync([.. jobs.Select(j => (j.Name, j.Kind.ToString(), j.CustomerId, j.AskId, j.DueAt))], ct);
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
    public async Task<bool> EnsureOccurrenceAsync(string occurrenceName, string jobName, DateTimeOffset dueAt, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(occurrenceName);
        return (await InsertAsync([(occurrenceName, ScheduleEntry.RecurringPrefix + jobName, "", "", dueAt)], ct))[0];
    }

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

    private async Task<bool[]> InsertAsync(IReadOnlyList<(string Name, string Kind, string CustomerId, string AskId, DateTimeOffset DueAt)> jobs,
        CancellationToken ct)
    {
        await using var connection = await factory.OpenAsync(ct);
        return RowWriter.WriteEach(connection, """
            INSERT INTO schedule (name, kind, customer_id, ask_id, due_at) VALUES (?1, ?2, ?3, ?4, ?5)
            ON CONFLICT (name) DO NOTHING;
            """, jobs, static (row, j) =>
        {
            row.Text(1, j.Name); row.Text(2, j.Kind); row.Text(3, j.CustomerId); row.Text(4, j.AskId); row.Time(5, j.DueAt);
        });
    }

    private static ScheduleEntry Map(SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.Time(4), r.NullableTime(5), r.NullableTime(6),
        r.GetInt32(7), r.NullableString(8));
}
