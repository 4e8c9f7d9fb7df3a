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

    /// <summary>
    /// The connection's prepared command for <paramref name="sql"/> with the parameters rebound, or a new one; dispose
    /// the lease, not the command (a kept command must stay prepared for the next call).
    /// </summary>
    private static CommandLease Lease(SqliteConnection connection, SqliteTransaction? transaction, string sql,
        (string Name, object? Value)[] args)
    {
        if (transaction is not null || connection is not PreparedConnection prepared || prepared.Cached(sql) is not { } kept)
        {
            return new CommandLease(connection.Command(transaction, sql, args), Owned: true);
        }
        var parameters = kept.Parameters;
        if (parameters.Count != args.Length) parameters.Clear();
        for (var i = 0; i < args.Length; i++)
        {
            var value = args[i].Value ?? DBNull.Value;
            // The same call site always binds the same names in the same order, so a kept command is rebound in place.
            if (i < parameters.Count && parameters[i].ParameterName == args[i].Name) parameters[i].Value = value;
            else parameters.AddWithValue(args[i].Name, value);
        }
        return new CommandLease(kept, Owned: false);
    }

    private readonly record struct CommandLease(SqliteCommand Command, bool Owned) : IDisposable
    {
        public void Dispose()
        {
            if (Owned) Command.Dispose();
        }
    }

    public static async Task<int> ExecuteAsync(this SqliteConnection connection, SqliteTransaction? transaction, string sql,
        CancellationToken ct, params (string Name, object? Value)[] args)
    {
        using var lease = Lease(connection, transaction, sql, args);
        return await lease.Command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    public static Task<int> ExecuteAsync(this SqliteConnection connection, string sql, CancellationToken ct,
        params (string Name, object? Value)[] args) => connection.ExecuteAsync(null, sql, ct, args);

    public static async Task<long> ScalarAsync(this SqliteConnection connection, SqliteTransaction? transaction, string sql,
        CancellationToken ct, params (string Name, object? Value)[] args)
    {
        using var lease = Lease(connection, transaction, sql, args);
        var value = await lease.Command.ExecuteScalarAsync(ct).ConfigureAwait(false);
        return value is null or DBNull ? 0 : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Runs a query and maps every row.</summary>
    public static async Task<IReadOnlyList<T>> QueryAsync<T>(this SqliteConnection connection, string sql,
        Func<SqliteDataReader, T> map, CancellationToken ct, params (string Name, object? Value)[] args)
    {
        using var lease = Lease(connection, null, sql, args);
        using var reader = await lease.Command.ExecuteReaderAsync(ct).ConfigureAwait(false);
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
