using Microsoft.Data.Sqlite;

namespace FeedbackCollector.Local.Sqlite;

/// <summary>
/// An open connection the factory keeps between operations, with each SQL text it has run kept prepared:
/// a star page's read and an import batch's reads are bound and stepped, never parsed again (its batch writes are
/// RowWriter's, one statement prepared per batch).
/// Disposing it hands it back to its factory (or, inside a transaction, leaves it with that transaction).
/// </summary>
internal sealed class PreparedConnection(string connectionString, Action<PreparedConnection> giveBack)
    : SqliteConnection(connectionString)
{
    // The statements are few and fixed (the stores' constants), so the cache is bounded by the code, not the data.
    private const int MaxCommands = 128;
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private bool _closing;

    /// <summary>True while a transaction owns it: the stores' "await using" must not give it back mid-transaction.</summary>
    public bool Held { get; set; }

    /// <summary>The prepared command for <paramref name="sql"/>; the caller rebinds its parameters and must not dispose it.</summary>
    public SqliteCommand? Cached(string sql)
    {
        if (_commands.TryGetValue(sql, out var command)) return command;
        if (_commands.Count >= MaxCommands) return null;
        command = CreateCommand();
        command.CommandText = sql;
        _commands[sql] = command;
        return command;
    }

    /// <summary>Closes it for good (the pool is full, or it is left in a state no next user should inherit).</summary>
    public void CloseForGood()
    {
        _closing = true;
        Dispose();
    }

    protected override void Dispose(bool disposing)
    {
        // A finalizer (disposing false) must never put a connection back into use.
        if (_closing || !disposing)
        {
            foreach (var command in _commands.Values) command.Dispose();
            _commands.Clear();
            base.Dispose(disposing);
        }
        else if (!Held)
        {
            giveBack(this);
        }
    }
}
