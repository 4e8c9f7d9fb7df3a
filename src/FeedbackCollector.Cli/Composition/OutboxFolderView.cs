using System.Globalization;
using FeedbackCollector.App.Owner;
using FeedbackCollector.Web.Owner;
using MimeKit;

namespace FeedbackCollector.Cli.Composition;

/// <summary>The outbox folder's newest .eml files for the owner page (by file name, which starts with the time it was written).</summary>
internal sealed class OutboxFolderView(string outboxFolder) : IOutboxView
{
    public IReadOnlyList<OutboxItem> Newest(int count)
    {
        if (!Directory.Exists(outboxFolder)) return [];
        var files = Directory.EnumerateFiles(outboxFolder, "*.eml").Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal).TakeLast(count).Reverse();
        return [.. files.Select(Item)];
    }

    private static OutboxItem Item(string path)
    {
        var name = Path.GetFileName(path);
        using var stream = File.OpenRead(path);
        var headers = HeaderList.Load(stream);
        var created = DateTimeOffset.TryParseExact(name.Length >= 19 ? name[..19] : name, "yyyyMMdd-HHmmss-fff",
            CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : File.GetLastWriteTimeUtc(path);
        return new OutboxItem(name, headers[HeaderId.To] ?? "", headers[HeaderId.Subject] ?? "", created);
    }
}
