using Microsoft.Data.Sqlite;

namespace FeedbackCollector.Local.Sqlite;

/// <summary>
/// Brings a database up to the newest schema at startup: one IMMEDIATE transaction applies every
/// missing migration in order and records each in schema_version, so a crash mid-way leaves the
/// old version intact and a second run is a no-op.
/// </summary>
public static class SqliteMigrator
{
    private const string CreateVersionTable = """
        CREATE TABLE IF NOT EXISTS schema_version (
            version INTEGER NOT NULL PRIMARY KEY,
            description TEXT NOT NULL,
            applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        );
        """;

    /// <summary>Applies <see cref="SqliteSchema.Migrations"/>; returns the version now in force.</summary>
    public static Task<int> MigrateAsync(SqliteConnectionFactory factory, CancellationToken ct = default) =>
        MigrateAsync(factory, SqliteSchema.Migrations, ct);

    /// <summary>Applies the given ordered migrations (tests pass a prefix to build an older database).</summary>
    public static async Task<int> MigrateAsync(SqliteConnectionFactory factory, IReadOnlyList<SqliteMigration> migrations,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(migrations);
        EnsureOrdered(migrations);
        var connection = await factory.OpenAsync(ct).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            // WAL is a property of the file: set once, it stays for every later connection.
            await connection.ExecuteAsync("PRAGMA journal_mode = WAL;", ct).ConfigureAwait(false);
            using var tx = connection.BeginTransaction(deferred: false);
            await connection.ExecuteAsync(tx, CreateVersionTable, ct).ConfigureAwait(false);
            var current = await CurrentVersionAsync(connection, tx, ct).ConfigureAwait(false);
            foreach (var migration in migrations.Where(m => m.Version > current))
            {
                await connection.ExecuteAsync(tx, migration.Sql, ct).ConfigureAwait(false);
                await connection.ExecuteAsync(tx, "INSERT INTO schema_version (version, description) VALUES (@v, @d);", ct,
                    ("@v", migration.Version), ("@d", migration.Description)).ConfigureAwait(false);
                current = migration.Version;
            }
            await tx.CommitAsync(ct).ConfigureAwait(false);
            return current;
        }
    }

    /// <summary>The highest applied version, 0 for a new database.</summary>
    public static async Task<int> CurrentVersionAsync(SqliteConnectionFactory factory, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var connection = await factory.OpenAsync(ct).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var exists = await connection.ScalarAsync(null,
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version';", ct).ConfigureAwait(false);
            return exists == 0
                ? 0
                : await CurrentVersionAsync(connection, null, ct).ConfigureAwait(false);
        }
    }

    private static async Task<int> CurrentVersionAsync(SqliteConnection connection, SqliteTransaction? tx, CancellationToken ct)
    {
        var value = await connection.ScalarAsync(tx, "SELECT coalesce(max(version), 0) FROM schema_version;", ct).ConfigureAwait(false);
        return (int)value;
    }

    private static void EnsureOrdered(IReadOnlyList<SqliteMigration> migrations)
    {
        for (var i = 1; i < migrations.Count; i++)
        {
            if (migrations[i].Version <= migrations[i - 1].Version)
            {
                throw new ArgumentException($"Migration {migrations[i].Version} is out of order.", nameof(migrations));
            }
        }
    }
}
