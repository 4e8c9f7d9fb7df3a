using System.Globalization;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Mail.Outbound;

namespace FeedbackCollector.Local.Mail;

/// <summary>
/// The default mailer: each message becomes an .eml file in the outbox folder, named
/// "{yyyyMMdd-HHmmss-fff}-{message id}.eml" so the folder lists in send order and the owner page can
/// show it. Sending the same MessageId again writes nothing and returns the existing file, so a
/// retried send never duplicates an email.
/// </summary>
public sealed class OutboxMailer : IMailer
{
    private readonly string _folder;
    private readonly TimeProvider _time;
    private readonly MimeBuilder _mime;

    public OutboxMailer(string outboxFolder, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outboxFolder);
        _folder = Path.GetFullPath(outboxFolder);
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _mime = new MimeBuilder(time);
    }

    public async Task<SendResult> SendAsync(OutboundEmail email, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(email);
        var idPart = SafeFileName(email.MessageId);
        try
        {
            Directory.CreateDirectory(_folder);
            if (FindExisting(idPart) is { } existing) return SendResult.Ok(existing);
            var bytes = MimeBuilder.ToBytes(_mime.Build(email));
            var name = $"{_time.GetUtcNow().ToString("yyyyMMdd-HHmmss-fff", CultureInfo.InvariantCulture)}-{idPart}.eml";
            var temp = Path.Combine(_folder, $".{name}.tmp");
            await File.WriteAllBytesAsync(temp, bytes, ct);
            File.Move(temp, Path.Combine(_folder, name), overwrite: false);
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

    private string? FindExisting(string idPart) =>
        Directory.EnumerateFiles(_folder, $"*-{idPart}.eml").Select(Path.GetFileName).FirstOrDefault();

    /// <summary>Message ids are "local@domain"; anything outside a plain set becomes '_' so the name is safe on every filesystem.</summary>
    private static string SafeFileName(string messageId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        var chars = messageId.Trim('<', '>').Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '@' or '+' ? c : '_');
        var safe = new string(chars.ToArray());
        return safe.Length > 150 ? safe[..150] : safe;
    }
}
