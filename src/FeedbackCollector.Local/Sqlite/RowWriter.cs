using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace FeedbackCollector.Local.Sqlite;

/// <summary>
/// A batch of rows written by one statement prepared once and stepped per row, each value bound by position through
/// SQLite's own API. An import writes 200,000 rows: bound by name through SqliteCommand (a name lookup and a managed
/// parameter per value, per row) they took 1.4 s, as one JSON parameter read back with json_each 1.6 s; this 0.9 s,
/// most of it SQLite's own index work. The rows are written all or none (a savepoint: inside a caller's transaction it
/// joins it, outside one it is one transaction, as a single INSERT … SELECT was).
/// </summary>
internal static class RowWriter
{
    /// <summary>Runs <paramref name="sql"/> once per row; element i is true when row i changed a row (was written).</summary>
    public static bool[] WriteEach<T>(SqliteConnection connection, string sql, IReadOnlyList<T> rows, Action<RowBinder, T> bind)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(rows);
        var db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(db, sql, out var statement), db);
        using (statement)
        {
            SqliteException.ThrowExceptionForRC(raw.sqlite3_exec(db, "SAVEPOINT row_writer;"), db);
            try
            {
                var written = Step(db, statement, rows, bind);
                SqliteException.ThrowExceptionForRC(raw.sqlite3_exec(db, "RELEASE row_writer;"), db);
                return written;
            }
            catch
            {
                raw.sqlite3_exec(db, "ROLLBACK TO row_writer; RELEASE row_writer;");
                throw;
            }
        }
    }

    private static bool[] Step<T>(sqlite3 db, sqlite3_stmt statement, IReadOnlyList<T> rows, Action<RowBinder, T> bind)
    {
        var written = new bool[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            raw.sqlite3_clear_bindings(statement);
            bind(new RowBinder(statement), rows[i]);
            var rc = raw.sqlite3_step(statement);
            // Reset before throwing, so a failed row leaves no statement running on the connection.
            raw.sqlite3_reset(statement);
            if (rc != raw.SQLITE_DONE) SqliteException.ThrowExceptionForRC(rc, db);
            written[i] = raw.sqlite3_changes(db) == 1;
        }
        return written;
    }
}

/// <summary>Binds one row's values by their 1-based position (?1, ?2, …); null becomes SQL NULL.</summary>
internal readonly struct RowBinder(sqlite3_stmt statement)
{
    private const int StackBytes = 512;

    public void Text(int position, string? value)
    {
        var rc = value is null ? raw.sqlite3_bind_null(statement, position) : Utf8(position, value);
        if (rc != raw.SQLITE_OK) throw new SqliteException($"binding ?{position} failed (SQLite error {rc})", rc);
    }

    // Encoded on the stack (SQLite copies it): the string overload allocated a byte array per value, 1.4 million of
    // them in a 100,000-row import.
    private int Utf8(int position, string value)
    {
        var max = Encoding.UTF8.GetMaxByteCount(value.Length);
        Span<byte> bytes = max <= StackBytes ? stackalloc byte[StackBytes] : new byte[max];
        return raw.sqlite3_bind_text(statement, position, bytes[..Encoding.UTF8.GetBytes(value, bytes)]);
    }

    /// <summary>An instant as unix milliseconds (<see cref="SqliteTime"/>).</summary>
    public void Time(int position, DateTimeOffset? value)
    {
        var rc = value is { } v ? raw.sqlite3_bind_int64(statement, position, SqliteTime.ToDb(v)) : raw.sqlite3_bind_null(statement, position);
        if (rc != raw.SQLITE_OK) throw new SqliteException($"binding ?{position} failed (SQLite error {rc})", rc);
    }
}
