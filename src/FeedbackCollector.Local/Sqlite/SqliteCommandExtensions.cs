using Microsoft.Data.Sqlite;

namespace FeedbackCollector.Local.Sqlite;

internal static class SqliteCommandExtensions
{
    /// <summary>A command with its parameters bound (null becomes SQL NULL). The caller disposes it.</summary>
    public static SqliteCommand Command(this SqliteConnection connection, SqliteTransaction? transaction, string sql,
        params (string Name, object? Value)[] args)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in args)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        return command;
    }

    public static async Task<int> ExecuteAsync(this SqliteConnection connection, SqliteTransaction? transaction, string sql,
        CancellationToken ct, params (string Name, object? Value)[] args)
    {
        using var command = connection.Command(transaction, sql, args);
        return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    public static Task<int> ExecuteAsync(this SqliteConnection connection, string sql, CancellationToken ct,
        params (string Name, object? Value)[] args) => connection.ExecuteAsync(null, sql, ct, args);

    public static async Task<long> ScalarAsync(this SqliteConnection connection, SqliteTransaction? transaction, string sql,
        CancellationToken ct, params (string Name, object? Value)[] args)
    {
        using var command = connection.Command(transaction, sql, args);
        var value = await command.ExecuteScalarAsync(ct).ConfigureAwait(false);
        return value is null or DBNull ? 0 : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Runs a query and maps every row.</summary>
    public static async Task<IReadOnlyList<T>> QueryAsync<T>(this SqliteConnection connection, string sql,
        Func<SqliteDataReader, T> map, CancellationToken ct, params (string Name, object? Value)[] args)
    {
        using var command = connection.Command(null, sql, args);
        using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var rows = new List<T>();
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            rows.Add(map(reader));
        }
        return rows;
    }

    public static string? NullableString(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static DateTimeOffset? NullableTime(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : SqliteTime.FromDb(reader.GetInt64(ordinal));

    public static DateTimeOffset Time(this SqliteDataReader reader, int ordinal) =>
        SqliteTime.FromDb(reader.GetInt64(ordinal));
}
