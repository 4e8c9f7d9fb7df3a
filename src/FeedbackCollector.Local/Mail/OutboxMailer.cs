using System.Globalization;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Mail.Outbound;

namespace FeedbackCollector.Local.Mail;

/// <summary>
/// The default mailer: each message becomes an .eml file in the outbox folder, named
/// "{yyyyMMdd-HHmmss-fff}-{message id}.eml" so the folder lists in send order and the owner page can
/// show it. Sending the same MessageId again writes nothing and returns the existing file, so a
/// retried send never duplicates an email. The check is by key, not by listing: {outbox}/.sent-ids/{message id}
/// holds the file name the id was sent as, so a send costs the same with a hundred or a million mails sent
/// (an outbox from before the index is indexed once, by one listing, on the first send).
/// </summary>
public sealed class OutboxMailer : IMailer
{
    private const string IndexName = ".sent-ids";
    private readonly string _folder;
    private readonly string _index;
    private readonly Lock _indexGate = new();
    private bool _indexReady;
    private readonly TimeProvider _time;
    private readonly MimeBuilder _mime;

    public OutboxMailer(string outboxFolder, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outboxFolder);
        _folder = Path.GetFullPath(outboxFolder);
        _index = Path.Combine(_folder, IndexName);
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _mime = new MimeBuilder(time);
    }

    public async Task<SendResult> SendAsync(OutboundEmail email, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(email);
        var idPart = MessageIdFileName.Of(email.MessageId);
        try
        {
            EnsureIndex();
            var name = await ClaimAsync(idPart, ct);
            var target = Path.Combine(_folder, name);
            if (File.Exists(target)) return SendResult.Ok(name);
            // Claimed but not written (a new id, or a crash after the claim): write it now, under the claimed name.
            var bytes = MimeBuilder.ToBytes(_mime.Build(email));
            var temp = Path.Combine(_folder, $".{name}.{Guid.NewGuid():N}.tmp");
            await File.WriteAllBytesAsync(temp, bytes, ct);
            try
            {
                File.Move(temp, target, overwrite: false);
            }
            catch (IOException) when (File.Exists(target))
            {
                File.Delete(temp); // a concurrent send of the same id wrote it first
            }
            return SendResult.Ok(name);
        }
        catch (IOException ex)
        {
            return SendResult.Failed($"outbox write failed: {ex.Message}", transient: true);
        }
        catch (UnauthorizedAccessException ex)
        {
            return SendResult.Failed($"outbox not writable: {ex.Message}", transient: false);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            return SendResult.Failed($"invalid message: {ex.Message}", transient: false);
        }
    }

    /// <summary>The .eml files in send order (oldest first), for the owner page.</summary>
    public IReadOnlyList<string> List() =>
        Directory.Exists(_folder)
            ? Directory.EnumerateFiles(_folder, "*.eml").Select(Path.GetFileName).OfType<string>()
                .Where(n => !n.StartsWith('.')).Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>Full path of a listed file, or null when the name is not one of ours (no traversal).</summary>
    public string? PathOf(string fileName) =>
        List().Contains(fileName, StringComparer.Ordinal) ? Path.Combine(_folder, fileName) : null;

    /// <summary>
    /// The file name this id is (or is to be) sent as: the index entry's, or a new entry. An entry appears whole
    /// (written aside, then moved without overwrite), so two senders of one id agree on one name.
    /// </summary>
    private async Task<string> ClaimAsync(string idPart, CancellationToken ct)
    {
        var entry = Path.Combine(_index, idPart);
        for (var attempt = 0; ; attempt++)
        {
            if (File.Exists(entry)) return (await File.ReadAllTextAsync(entry, ct)).Trim();
            var name = $"{_time.GetUtcNow().ToString("yyyyMMdd-HHmmss-fff", CultureInfo.InvariantCulture)}-{idPart}.eml";
            var temp = $"{entry}.{Guid.NewGuid():N}.tmp";
            await File.WriteAllTextAsync(temp, name, ct);
            try
            {
                File.Move(temp, entry, overwrite: false);
                return name;
            }
            catch (IOException) when (attempt < 3 && File.Exists(entry))
            {
                File.Delete(temp); // another send of the same id claimed it between our look and our move: read its claim
            }
        }
    }

    /// <summary>An outbox written before the index existed is indexed once, from one listing, then swapped in whole.</summary>
    private void EnsureIndex()
    {
        if (Volatile.Read(ref _indexReady)) return;
        lock (_indexGate)
        {
            if (_indexReady) return;
            Directory.CreateDirectory(_folder);
            if (!Directory.Exists(_index))
            {
                var building = $"{_index}.{Guid.NewGuid():N}.building";
                Directory.CreateDirectory(building);
                foreach (var name in List())
                {
                    var idPart = IdPartOf(name);
                    if (idPart is not null) File.WriteAllText(Path.Combine(building, idPart), name);
                }
                try
                {
                    Directory.Move(building, _index);
                }
                catch (IOException) when (Directory.Exists(_index))
                {
                    Directory.Delete(building, recursive: true); // another process indexed it first
                }
            }
            Volatile.Write(ref _indexReady, true);
        }
    }

    /// <summary>"{yyyyMMdd-HHmmss-fff}-{id}.eml" → id.</summary>
    private static string? IdPartOf(string fileName) =>
        fileName.Length > 24 && fileName.EndsWith(".eml", StringComparison.Ordinal) ? fileName[20..^4] : null;
}
