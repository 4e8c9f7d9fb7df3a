using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using Microsoft.Data.Sqlite;

namespace FeedbackCollector.Local.Sqlite;

/// <summary>The asks (fc-state) in SQLite. Every change is one conditional statement, never read-then-write.</summary>
public sealed class SqliteAskStore(SqliteConnectionFactory factory) : IAskStore
{
    internal const string Columns = """
        customer_id, ask_id, contact_customer_id, first_name, email, phone, visit_type, visit_ended_at,
        send_at, status, sent_at, follow_up_sent_at, schedule_name, last_error
        """;

    public async Task<bool> TryAddAsync(Ask ask, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(ask);
        return (await TryAddManyAsync([ask], ct))[0];
    }

    /// <summary>Each ask in order under ON CONFLICT DO NOTHING (RowWriter): a key repeated in the batch is added once, the first time.</summary>
    public async Task<IReadOnlyList<bool>> TryAddManyAsync(IReadOnlyList<Ask> asks, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(asks);
        if (asks.Count == 0) return [];
        await using var connection = await factory.OpenAsync(ct);
        return RowWriter.WriteEach(connection, $"""
            INSERT INTO asks ({Columns}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
            ON CONFLICT (customer_id, ask_id) DO NOTHING;
            """, asks, static (row, a) =>
        {
            row.Text(1, a.CustomerId); row.Text(2, a.AskId); row.Text(3, a.Customer.CustomerId); row.Text(4, a.Customer.FirstName);
            row.Text(5, a.Customer.Email); row.Text(6, a.Customer.Phone); row.Text(7, a.VisitType); row.Time(8, a.VisitEndedAt);
            row.Time(9, a.SendAt); row.Text(10, a.Status.ToString()); row.Time(11, a.SentAt); row.Time(12, a.FollowUpSentAt);
            row.Text(13, a.ScheduleName); row.Text(14, a.LastError);
        });
    }

    public async Task<Ask?> GetAsync(string customerId, string askId, CancellationToken ct = default)
    {
        await using var connection = await factory.OpenAsync(ct);
        var rows = await connection.QueryAsync($"SELECT {Columns} FROM asks WHERE customer_id = @c AND ask_id = @a;",
            Map, ct, ("@c", customerId), ("@a", askId));
        return rows.Count == 0 ? null : rows[0];
    }

    public async Task<IReadOnlyList<Ask>> ListForCustomerAsync(string customerId, CancellationToken ct = default)
    {
        await using var connection = await factory.OpenAsync(ct);
        return await connection.QueryAsync($"SELECT {Columns} FROM asks WHERE customer_id = @c ORDER BY send_at, ask_id;",
            Map, ct, ("@c", customerId));
    }

    public async Task<IReadOnlyList<Ask>> ListForCustomersAsync(IReadOnlyCollection<string> customerIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(customerIds);
        if (customerIds.Count == 0) return [];
        await using var connection = await factory.OpenAsync(ct);
        // Each id is a seek on the primary key (the plan is SEARCH asks USING INDEX … (customer_id=?)), never a scan.
        return await connection.QueryAsync($"""
            SELECT {Columns} FROM asks WHERE customer_id IN (SELECT value FROM json_each(@ids)) ORDER BY send_at, ask_id;
            """, Map, ct, ("@ids", JsonRows.Strings(customerIds)));
    }

    // No index on phone: texts are rare and a small business's asks table is small.
    public async Task<IReadOnlyList<Ask>> ListForPhoneAsync(string phone, CancellationToken ct = default)
    {
        await using var connection = await factory.OpenAsync(ct);
        return await connection.QueryAsync($"SELECT {Columns} FROM asks WHERE phone = @p ORDER BY send_at, customer_id, ask_id;",
            Map, ct, ("@p", phone));
    }

    public async Task<IReadOnlyList<Ask>> ListByStatusAsync(AskStatus status, CancellationToken ct = default)
    {
        await using var connection = await factory.OpenAsync(ct);
        return await connection.QueryAsync($"SELECT {Columns} FROM asks WHERE status = @s ORDER BY send_at, customer_id, ask_id;",
            Map, ct, ("@s", status.ToString()));
    }

    public async Task<bool> TryTransitionAsync(string customerId, string askId, AskStatus from, AskStatus to,
        AskChange change, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        await using var connection = await factory.OpenAsync(ct);
        var changed = await connection.ExecuteAsync("""
            UPDATE asks SET status = @to,
                sent_at = coalesce(@sent, sent_at),
                schedule_name = coalesce(@sn, schedule_name)
            WHERE customer_id = @c AND ask_id = @a AND status = @from;
            """, ct,
            ("@to", to.ToString()), ("@from", from.ToString()), ("@sent", SqliteTime.ToDb(change.SentAt)),
            ("@sn", change.ScheduleName), ("@c", customerId), ("@a", askId));
        return changed == 1;
    }

    public async Task<bool> TryMarkFollowUpAsync(string customerId, string askId, DateTimeOffset at, CancellationToken ct = default)
    {
        await using var connection = await factory.OpenAsync(ct);
        var changed = await connection.ExecuteAsync("""
            UPDATE asks SET follow_up_sent_at = @at
            WHERE customer_id = @c AND ask_id = @a AND follow_up_sent_at IS NULL;
            """, ct, ("@at", SqliteTime.ToDb(at)), ("@c", customerId), ("@a", askId));
        return changed == 1;
    }

    public async Task RecordErrorAsync(string customerId, string askId, string error, CancellationToken ct = default)
    {
        await using var connection = await factory.OpenAsync(ct);
        await connection.ExecuteAsync("UPDATE asks SET last_error = @e WHERE customer_id = @c AND ask_id = @a;", ct,
            ("@e", error), ("@c", customerId), ("@a", askId));
    }

    public async Task<bool> DeleteAsync(string customerId, string askId, CancellationToken ct = default)
    {
        await using var connection = await factory.OpenAsync(ct);
        return await connection.ExecuteAsync("DELETE FROM asks WHERE customer_id = @c AND ask_id = @a;", ct,
            ("@c", customerId), ("@a", askId)) == 1;
    }

    private static Ask Map(SqliteDataReader r) => Read(r, 0);

    /// <summary>An ask from the reader's columns <paramref name="at"/> onwards, in <see cref="Columns"/> order (a join reads it too).</summary>
    internal static Ask Read(SqliteDataReader r, int at) => new(
        CustomerId: r.GetString(at),
        AskId: r.GetString(at + 1),
        Customer: new Customer(r.GetString(at + 2), r.GetString(at + 3), r.NullableString(at + 4), r.NullableString(at + 5)),
        VisitType: r.GetString(at + 6),
        VisitEndedAt: r.Time(at + 7),
        SendAt: r.Time(at + 8),
        Status: Enum.Parse<AskStatus>(r.GetString(at + 9)),
        SentAt: r.NullableTime(at + 10),
        FollowUpSentAt: r.NullableTime(at + 11),
        ScheduleName: r.NullableString(at + 12),
        LastError: r.NullableString(at + 13));
}
