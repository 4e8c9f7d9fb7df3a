using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using Microsoft.Data.Sqlite;

namespace FeedbackCollector.Local.Sqlite;

/// <summary>The answers (fc-feedback) in SQLite: the primary key makes the first answer win.</summary>
public sealed class SqliteFeedbackStore(SqliteConnectionFactory factory) : IFeedbackStore
{
    internal const string Columns = "customer_id, ask_id, received_at, channel, raw, bucket, reason, raw_key";

    public async Task<bool> TryAddAsync(Feedback feedback, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        await using var connection = await factory.OpenAsync(ct);
        var changed = await connection.ExecuteAsync($"""
            INSERT INTO feedback ({Columns}) VALUES (@c, @a, @at, @ch, @raw, @b, @r, @k)
            ON CONFLICT (customer_id, ask_id) DO NOTHING;
            """, ct,
            ("@c", feedback.CustomerId), ("@a", feedback.AskId), ("@at", SqliteTime.ToDb(feedback.ReceivedAt)),
            ("@ch", feedback.Channel.ToString()), ("@raw", feedback.Raw), ("@b", feedback.Bucket.ToString()),
            ("@r", feedback.Reason), ("@k", feedback.RawKey));
        return changed == 1;
    }

    public async Task<Feedback?> GetAsync(string customerId, string askId, CancellationToken ct = default)
    {
        await using var connection = await factory.OpenAsync(ct);
        var rows = await connection.QueryAsync($"SELECT {Columns} FROM feedback WHERE customer_id = @c AND ask_id = @a;",
            Map, ct, ("@c", customerId), ("@a", askId));
        return rows.Count == 0 ? null : rows[0];
    }

    public async Task<IReadOnlyList<Feedback>> ListReceivedAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default)
    {
        await using var connection = await factory.OpenAsync(ct);
        return await connection.QueryAsync(
            $"SELECT {Columns} FROM feedback WHERE received_at >= @f AND received_at < @t ORDER BY received_at, customer_id, ask_id;",
            Map, ct, ("@f", SqliteTime.ToDb(from)), ("@t", SqliteTime.ToDb(to)));
    }

    public async Task<bool> DeleteAsync(string customerId, string askId, CancellationToken ct = default)
    {
        await using var connection = await factory.OpenAsync(ct);
        return await connection.ExecuteAsync("DELETE FROM feedback WHERE customer_id = @c AND ask_id = @a;", ct,
            ("@c", customerId), ("@a", askId)) == 1;
    }

    private static Feedback Map(SqliteDataReader r) => Read(r, 0);

    /// <summary>An answer from the reader's columns <paramref name="at"/> onwards, in <see cref="Columns"/> order (a join reads it too).</summary>
    internal static Feedback Read(SqliteDataReader r, int at) => new(
        r.GetString(at), r.GetString(at + 1), r.Time(at + 2), Enum.Parse<Channel>(r.GetString(at + 3)), r.GetString(at + 4),
        Enum.Parse<Bucket>(r.GetString(at + 5)), r.GetString(at + 6), r.NullableString(at + 7));
}
