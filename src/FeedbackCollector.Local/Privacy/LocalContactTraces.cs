using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Privacy;
using FeedbackCollector.Local.Sqlite;

namespace FeedbackCollector.Local.Privacy;

/// <summary>
/// What the local runtime keeps outside its stores and blob folder: the mail and SMS outboxes (every message sent,
/// as a file), the watched customers.csv, and the database file, whose WAL may still hold the pages an erasure
/// changed. An erasure deletes the messages that name the contact, blanks their rows in customers.csv (same length,
/// so the watcher's byte cursor stays right) and truncates the WAL.
/// </summary>
public sealed class LocalContactTraces(IReadOnlyList<string> messageFolders, string customersCsv, SqliteConnectionFactory database)
    : IContactTraces
{
    public async Task<IReadOnlyList<string>> FindAsync(ContactMatcher contact, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var found = new List<string>();
        foreach (var file in MessageFiles())
        {
            if (await NamesAsync(contact, file, ct)) found.Add(file);
        }
        if (File.Exists(customersCsv) && contact.Names(await File.ReadAllTextAsync(customersCsv, ct))) found.Add(customersCsv);
        return found;
    }

    public async Task<int> EraseAsync(ContactMatcher contact, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var changed = 0;
        foreach (var file in MessageFiles())
        {
            if (!await NamesAsync(contact, file, ct)) continue;
            File.Delete(file);
            changed++;
        }
        if (File.Exists(customersCsv))
        {
            var (bytes, lines) = RowBlanking.Blank(await File.ReadAllBytesAsync(customersCsv, ct), contact);
            // Rewritten in place, not replaced: the owner's tool may hold the file open to append to it.
            if (lines > 0)
            {
                await OverwriteAsync(customersCsv, bytes, ct);
                changed++;
            }
        }
        await database.CheckpointAsync(ct);
        return changed;
    }

    // A marker's file name may be all that names the customer (the outbox's sent message ids).
    private static async Task<bool> NamesAsync(ContactMatcher contact, string file, CancellationToken ct) =>
        contact.Names(Path.GetFileName(file)) || contact.Names(await File.ReadAllTextAsync(file, ct));

    private List<string> MessageFiles() =>
        messageFolders.Where(Directory.Exists).SelectMany(f => Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories)).ToList();

    private static async Task OverwriteAsync(string path, byte[] bytes, CancellationToken ct)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
        await stream.WriteAsync(bytes, ct);
        await stream.FlushAsync(ct);
    }
}
