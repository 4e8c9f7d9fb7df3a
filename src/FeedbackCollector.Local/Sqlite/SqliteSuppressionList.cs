using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Local.Sqlite;

/// <summary>Addresses never to contact again. Keys are normalised so "Ann@X.com " and "ann@x.com" are one entry.</summary>
public sealed class SqliteSuppressionList(SqliteConnectionFactory factory) : ISuppressionList
{
    public async Task<bool> IsSuppressedAsync(string address, CancellationToken ct = default)
    {
        await using var connection = await factory.OpenAsync(ct);
        return await connection.ScalarAsync(null, "SELECT count(*) FROM suppression WHERE address = @a;", ct,
            ("@a", Normalize(address))) > 0;
    }

    /// <summary>
    /// The listed among <paramref name="addresses"/>. A list no longer than the question (a small business's few
    /// unsubscribes against an import's thousands of addresses) is read whole and matched in memory; a longer one is
    /// asked about each address.
    /// </summary>
    public async Task<IReadOnlySet<string>> SuppressedAmongAsync(IReadOnlyCollection<string> addresses, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        if (addresses.Count == 0) return new HashSet<string>(StringComparer.Ordinal);
        await using var connection = await factory.OpenAsync(ct);
        var whole = await connection.QueryAsync("SELECT address FROM suppression LIMIT @n;", static r => r.GetString(0), ct,
            ("@n", addresses.Count + 1));
        if (whole.Count == 0) return new HashSet<string>(StringComparer.Ordinal);
        if (whole.Count <= addresses.Count)
        {
            var listed = whole.ToHashSet(StringComparer.Ordinal);
            return addresses.Where(a => listed.Contains(Normalize(a))).ToHashSet(StringComparer.Ordinal);
        }
        var byKey = addresses.ToLookup(Normalize, StringComparer.Ordinal);
        var found = await connection.QueryAsync(
            "SELECT address FROM suppression WHERE address IN (SELECT value FROM json_each(@keys));",
            static r => r.GetString(0), ct, ("@keys", JsonRows.Strings(byKey.Select(g => g.Key))));
        return found.SelectMany(key => byKey[key]).ToHashSet(StringComparer.Ordinal);
    }

    public async Task AddAsync(string address, string reason, DateTimeOffset at, CancellationToken ct = default)
    {
        await using var connection = await factory.OpenAsync(ct);
        // The first reason is kept: an unsubscribe followed by a bounce stays an unsubscribe.
        await connection.ExecuteAsync("""
            INSERT INTO suppression (address, reason, added_at) VALUES (@a, @r, @at)
            ON CONFLICT (address) DO NOTHING;
            """, ct, ("@a", Normalize(address)), ("@r", reason), ("@at", SqliteTime.ToDb(at)));
    }

    public async Task<bool> RemoveAsync(string address, CancellationToken ct = default)
    {
        await using var connection = await factory.OpenAsync(ct);
        return await connection.ExecuteAsync("DELETE FROM suppression WHERE address = @a;", ct, ("@a", Normalize(address))) == 1;
    }

    private static string Normalize(string address) => SuppressionKey.For(address);
}
