using System.Globalization;

namespace FeedbackCollector.Local.Mail;

public enum RelaySendState { None, Handed, Accepted }

/// <summary>What the journal knows of one Message-ID; Detail is the relay's answer once accepted.</summary>
public sealed record RelaySend(RelaySendState State, string? Detail = null);

/// <summary>
/// The SMTP relay mailer's record of each Message-ID, one small file per id (data/relay-sends/): "handed" is
/// written after the relay greeted us and before the message goes to it, "accepted" after its 250. An entry is
/// written aside and moved into place, so it is whole or absent. A process kill loses nothing (the page cache
/// survives it); a power cut may lose the last entries, as SQLite's synchronous=NORMAL may.
/// </summary>
public sealed class RelaySendJournal
{
    private const string Handed = "handed";
    private const string Accepted = "accepted";
    private readonly string _folder;

    public RelaySendJournal(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        _folder = Path.GetFullPath(folder);
    }

    public RelaySend Read(string messageId)
    {
        var path = PathOf(messageId);
        if (!File.Exists(path)) return new RelaySend(RelaySendState.None);
        var lines = File.ReadAllLines(path);
        return lines.Length > 0 && lines[0] == Accepted
            ? new RelaySend(RelaySendState.Accepted, lines.Length > 2 ? lines[2] : null)
            : new RelaySend(RelaySendState.Handed, lines.Length > 1 ? lines[1] : null);
    }

    public void MarkHanded(string messageId, DateTimeOffset at) => Write(messageId, Handed, Stamp(at));

    public void MarkAccepted(string messageId, DateTimeOffset at, string response) =>
        Write(messageId, Accepted, Stamp(at), response.ReplaceLineEndings(" "));

    /// <summary>The relay refused the message outright (a 4xx/5xx answer): it was not sent, so a later try may send it.</summary>
    public void Forget(string messageId) => File.Delete(PathOf(messageId));

    private void Write(string messageId, params string[] lines)
    {
        Directory.CreateDirectory(_folder);
        var path = PathOf(messageId);
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllLines(temp, lines);
        File.Move(temp, path, overwrite: true);
    }

    private string PathOf(string messageId) => Path.Combine(_folder, MessageIdFileName.Of(messageId));

    private static string Stamp(DateTimeOffset at) => at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
}
