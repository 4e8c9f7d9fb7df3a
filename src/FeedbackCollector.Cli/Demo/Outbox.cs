using System.Text.RegularExpressions;
using MimeKit;

namespace FeedbackCollector.Cli.Demo;

/// <summary>One .eml in the outbox as a customer (or the owner) would read it.</summary>
internal sealed record OutboxMail(string File, string To, string Subject, string Kind, string? ReplyTo, IReadOnlyList<string> StarLinks, string? MessageId)
{
    /// <summary>The owner's one-tap decisions in a digest or ping: (label, link), in order.</summary>
    public IReadOnlyList<(string Label, string Link)> OwnerLinks { get; init; } = [];
}

/// <summary>Reads the outbox folder the way a mail client would: recipients, subject, reply-to and the star links in the text.</summary>
internal static partial class Outbox
{
    public static IReadOnlyList<OutboxMail> Read(string folder) =>
        Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder, "*.eml").Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal).Select(Load)]
            : [];

    public static OutboxMail Load(string path)
    {
        var message = MimeMessage.Load(path);
        var links = StarLink().Matches(message.TextBody ?? "").Select(m => m.Value).Distinct().ToList();
        var id = message.MessageId ?? "";
        var prefix = id.Split('.')[0];
        var kind = prefix switch
        {
            "ask" => "ask",
            "followup" => "follow-up",
            "nudge" => "review nudge",
            _ when id.StartsWith("ping.digest-", StringComparison.Ordinal) => "owner digest",
            _ => id.StartsWith("summary-", StringComparison.Ordinal) ? "monthly summary" : "owner ping",
        };
        return new OutboxMail(Path.GetFileName(path), message.To.Mailboxes.FirstOrDefault()?.Address ?? "", message.Subject ?? "", kind,
            message.ReplyTo.Mailboxes.FirstOrDefault()?.Address, links, id)
        {
            OwnerLinks = [.. OwnerLink().Matches(message.TextBody ?? "").Select(m => (m.Groups[1].Value, m.Groups[2].Value))],
        };
    }

    [GeneratedRegex(@"^(Happy|Unhappy|Dismiss|Mark resolved): (https?://\S+/o/[A-Za-z0-9._-]+)\r?$", RegexOptions.Multiline)]
    private static partial Regex OwnerLink();

    [GeneratedRegex(@"https?://[^\s""'<>]+/t/[A-Za-z0-9._-]+/[1-5]")]
    private static partial Regex StarLink();
}
