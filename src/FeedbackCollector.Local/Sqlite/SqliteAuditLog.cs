using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using Microsoft.Data.Sqlite;

namespace FeedbackCollector.Local.Sqlite;

/// <summary>The moves (fc-audit) in SQLite: append-only, ordered by time then insertion.</summary>
public sealed class SqliteAuditLog(SqliteConnectionFactory factory) : IAuditLog
{
    private const string Columns = "customer_id, ts, ask_id, bucket, move, sent_via, by_user, detail";

    public async Task AppendAsync(AuditEntry entry, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await factory.OpenAsync(ct);
        await connection.ExecuteAsync($"INSERT INTO audit ({Columns}) VALUES (@c, @ts, @a, @b, @m, @via, @by, @d);", ct,
            ("@c", entry.CustomerId), ("@ts", SqliteTime.ToDb(entry.Ts)), ("@a", entry.AskId),
            ("@b", entry.Bucket?.ToString()), ("@m", entry.Move.ToString()), ("@via", entry.SentVia),
            ("@by", entry.ByUser), ("@d", entry.Detail));
    }

    public async Task<IReadOnlyList<AuditEntry>> ListAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default)
    {
        await using var connection = await factory.OpenAsync(ct);
        return await connection.QueryAsync($"SELECT {Columns} FROM audit WHERE ts >= @f AND ts < @t ORDER BY ts, id;",
            Map, ct, ("@f", SqliteTime.ToDb(from)), ("@t", SqliteTime.ToDb(to)));
    }

    public async Task<IReadOnlyList<AuditEntry>> ListForAskAsync(string customerId, string askId, CancellationToken ct = default)
    {
        await using var connection = await factory.OpenAsync(ct);
        return await connection.QueryAsync($"SELECT {Columns} FROM audit WHERE customer_id = @c AND ask_id = @a ORDER BY ts, id;",
            Map, ct, ("@c", customerId), ("@a", askId));
    }

    public async Task<int> DeleteForAskAsync(string customerId, string askId, CancellationToken ct = default)
    {
        await using var connection = await factory.OpenAsync(ct);
        return await connection.ExecuteAsync("DELETE FROM audit WHERE customer_id = @c AND ask_id = @a;", ct,
            ("@c", customerId), ("@a", askId));
    }

    private static AuditEntry Map(SqliteDataReader r) => new(
        CustomerId: r.GetString(0),
        Ts: r.Time(1),
        AskId: r.GetString(2),
        Bucket: r.IsDBNull(3) ? null : Enum.Parse<Bucket>(r.GetString(3)),
        Move: Enum.Parse<Move>(r.GetString(4)),
        SentVia: r.NullableString(5),
        ByUser: r.GetString(6),
        Detail: r.NullableString(7));
}
