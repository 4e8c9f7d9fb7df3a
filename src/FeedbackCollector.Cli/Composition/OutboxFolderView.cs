using System.Globalization;
using FeedbackCollector.App.Owner;
using FeedbackCollector.Local.Mail;
using FeedbackCollector.Web.Owner;
using MimeKit;

namespace FeedbackCollector.Cli.Composition;

/// <summary>
/// The local outboxes' newest messages for the owner page, newest first: mails (.eml) and texts (.sms), each file
/// named from the time it was written. A text shows as "SMS: " and its first words where a mail shows its subject.
/// </summary>
internal sealed class OutboxFolderView(string outboxFolder, string? smsOutboxFolder = null) : IOutboxView
{
    private const int TextShown = 80;

    public IReadOnlyList<OutboxItem> Newest(int count) =>
        [.. Files(outboxFolder, "*.eml", count).Select(Mail).Concat(Files(smsOutboxFolder, "*.sms", count).Select(Text))
            .OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Name, StringComparer.Ordinal).Take(count)];

    private static IEnumerable<string> Files(string? folder, string pattern, int count) =>
        folder is null || !Directory.Exists(folder) ? []
            : Directory.EnumerateFiles(folder, pattern).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal).TakeLast(count);

    private static OutboxItem Mail(string path)
    {
        using var stream = File.OpenRead(path);
        var headers = HeaderList.Load(stream);
        return new OutboxItem(Path.GetFileName(path), headers[HeaderId.To] ?? "", headers[HeaderId.Subject] ?? "", Created(path));
    }

    private static OutboxItem Text(string path)
    {
        var sms = OutboxSmsSender.Read(path);
        var text = sms.Text.ReplaceLineEndings(" ");
        return new OutboxItem(sms.FileName, sms.To, "SMS: " + (text.Length > TextShown ? text[..TextShown] + "…" : text), Created(path));
    }

    private static DateTimeOffset Created(string path)
    {
        var name = Path.GetFileName(path);
        return DateTimeOffset.TryParseExact(name.Length >= 19 ? name[..19] : name, "yyyyMMdd-HHmmss-fff",
            CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : File.GetLastWriteTimeUtc(path);
    }
}
