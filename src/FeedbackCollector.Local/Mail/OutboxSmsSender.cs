using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Sms;

namespace FeedbackCollector.Local.Mail;

/// <summary>One SMS written to the outbox: who it went to and what it said.</summary>
public sealed record OutboxSms(string FileName, string To, string Text);

/// <summary>
/// The default local SMS sender, beside the email outbox: each text becomes a .sms file in the SMS outbox
/// folder ("To: +6591234567", a blank line, the text), named "{yyyyMMdd-HHmmss-fff}-{hash}.sms" so the
/// folder lists in send order. The same text to the same number again within <see cref="RetryWindow"/> writes
/// nothing and returns the existing file, so a retried send never duplicates a message; later it is a new message,
/// as a provider would send it (an SMS follow-up repeats the ask's words and link days after the ask).
/// </summary>
public sealed class OutboxSmsSender(string folder, TimeProvider time) : ISmsSender
{
    /// <summary>Longer than any retry of one send (a crashed send is redone after minutes), far shorter than a follow-up's wait.</summary>
    public static readonly TimeSpan RetryWindow = TimeSpan.FromHours(1);

    private const string Extension = ".sms";
    private const string StampFormat = "yyyyMMdd-HHmmss-fff";
    private readonly string _folder = Path.GetFullPath(folder);

    public async Task<SendResult> SendAsync(string phone, string text, CancellationToken ct = default)
    {
        if (!E164.IsValid(phone)) return SendResult.Failed($"not an E.164 number: '{phone}'", transient: false);
        ArgumentNullException.ThrowIfNull(text);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(phone + "\n" + text)))[..16];
        try
        {
            Directory.CreateDirectory(_folder);
            var now = time.GetUtcNow();
            if (Directory.EnumerateFiles(_folder, "*-" + hash + Extension).Select(Path.GetFileName)
                .FirstOrDefault(f => IsRecent(f!, now)) is { } existing)
                return SendResult.Ok(existing);
            var name = $"{now.ToString(StampFormat, CultureInfo.InvariantCulture)}-{hash}{Extension}";
            var temp = Path.Combine(_folder, $".{name}.tmp");
            await File.WriteAllTextAsync(temp, $"To: {phone}\n\n{text}", Encoding.UTF8, ct);
            File.Move(temp, Path.Combine(_folder, name), overwrite: false);
            return SendResult.Ok(name);
        }
        catch (IOException ex)
        {
            return SendResult.Failed($"SMS outbox write failed: {ex.Message}", transient: true);
        }
        catch (UnauthorizedAccessException ex)
        {
            return SendResult.Failed($"SMS outbox not writable: {ex.Message}", transient: false);
        }
    }

    // The name starts with the send time; a name that does not parse counts as recent, so nothing is sent twice by mistake.
    private static bool IsRecent(string fileName, DateTimeOffset now) =>
        !DateTimeOffset.TryParseExact(fileName[..Math.Min(StampFormat.Length, fileName.Length)], StampFormat, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal, out var sent)
        || now - sent < RetryWindow;

    /// <summary>The messages in send order (oldest first), for the owner page and tests.</summary>
    public IReadOnlyList<OutboxSms> List()
    {
        if (!Directory.Exists(_folder)) return [];
        return [.. Directory.EnumerateFiles(_folder, "*" + Extension)
            .Where(p => !Path.GetFileName(p).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .Select(Read)];
    }

    /// <summary>One .sms file of the outbox: "To: +65…", a blank line, then the text.</summary>
    public static OutboxSms Read(string path)
    {
        var content = File.ReadAllText(path, Encoding.UTF8);
        var split = content.IndexOf("\n\n", StringComparison.Ordinal);
        var to = split < 0 ? "" : content[..split].Replace("To: ", "", StringComparison.Ordinal);
        return new OutboxSms(Path.GetFileName(path), to, split < 0 ? content : content[(split + 2)..]);
    }
}
