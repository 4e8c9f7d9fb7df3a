using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Local.Sqlite;

/// <summary>The ask and its answer in one prepared LEFT JOIN: the star page's GET, the POST's already-answered check and a written reply's.</summary>
public sealed class SqliteAskAnswerReader(SqliteConnectionFactory factory) : IAskAnswerReader
{
    // The feedback columns start after the ask's, in each store's own column order, so both stores' readers map them.
    private static readonly int AnswerAt = Names(SqliteAskStore.Columns).Length;
    private static readonly string Sql =
        $"SELECT {Qualified("a", SqliteAskStore.Columns)}, {Qualified("f", SqliteFeedbackStore.Columns)} "
        + "FROM asks a LEFT JOIN feedback f ON f.customer_id = a.customer_id AND f.ask_id = a.ask_id "
        + "WHERE a.customer_id = @c AND a.ask_id = @a;";

    public async Task<AskWithAnswer?> GetAsync(string customerId, string askId, CancellationToken ct = default)
    {
        await using var connection = await factory.OpenAsync(ct);
        var rows = await connection.QueryAsync(Sql,
            r => new AskWithAnswer(SqliteAskStore.Read(r, 0), r.IsDBNull(AnswerAt) ? null : SqliteFeedbackStore.Read(r, AnswerAt)),
            ct, ("@c", customerId), ("@a", askId));
        return rows.Count == 0 ? null : rows[0];
    }

    private static string Qualified(string alias, string columns) => string.Join(", ", Names(columns).Select(c => $"{alias}.{c}"));

    private static string[] Names(string columns) => columns.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
