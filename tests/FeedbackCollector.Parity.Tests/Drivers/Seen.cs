using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using MimeKit;

namespace FeedbackCollector.Parity.Tests.Drivers;

/// <summary>What a customer sees of a page: its status, where it redirects, the review links it shows and its words.</summary>
public sealed record PageSeen(int Status, string? Location, string ReviewLinks, string Text)
{
    public static PageSeen Of(int status, string? location, string html) =>
        new(status, location, string.Join(" ", Seen.Links(html).Where(l => Seen.KindOf(l) is "review" or "review-page")), Seen.VisibleText(html));
}

/// <summary>What is stored about one ask: its status, the answer row and the audit moves in order, and whether the address is suppressed.</summary>
public sealed record RowsSeen(string AskStatus, bool FollowUpSent, string Feedback, string Audit, bool Suppressed);

/// <summary>One sent email as its recipient reads it: to whom, the subject, what kind, which kinds of link.</summary>
public sealed record MailSeen(string To, string Subject, string Kind, string Links);

internal static partial class Seen
{
    public static IEnumerable<string> Links(string text) =>
        UrlPattern().Matches(WebUtility.HtmlDecode(text)).Select(m => m.Value.TrimEnd('.', ',', ')', '>')).Distinct();

    /// <summary>Our own routes by their first segment; the owner's review pages by host.</summary>
    public static string KindOf(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return "other";
        if (uri.Host is "g.page" or "www.facebook.com") return "review-page";
        return uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() switch
        {
            "t" => "star",
            "r" => "review",
            "u" => "unsubscribe",
            "o" or "owner" => "owner",
            var other => "other:" + other,
        };
    }

    public static string VisibleText(string html)
    {
        var noStyle = StyleOrScript().Replace(html, " ");
        var text = WebUtility.HtmlDecode(Tags().Replace(noStyle, " "));
        return Spaces().Replace(text, " ").Trim();
    }

    public static MailSeen Mail(string raw, string owner)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(raw));
        var message = MimeMessage.Load(stream);
        var to = string.Join(",", message.To.Mailboxes.Select(m => m.Address.ToLowerInvariant()));
        var body = (message.TextBody ?? "") + "\n" + (message.HtmlBody ?? "");
        var kinds = Links(body).Select(KindOf).ToHashSet(StringComparer.Ordinal);
        if (message.Headers.Contains("List-Unsubscribe")) kinds.Add("list-unsubscribe");
        var subject = message.Subject ?? "";
        var toOwner = string.Equals(to, owner, StringComparison.OrdinalIgnoreCase);
        var kind = toOwner
            ? subject.Contains("your feedback for", StringComparison.OrdinalIgnoreCase) ? "summary" : "owner-ping"
            : kinds.Contains("star") ? "ask" : kinds.Contains("review") || kinds.Contains("review-page") ? "nudge" : "customer-other";
        return new MailSeen(toOwner ? "owner" : to, subject, kind, string.Join(",", kinds.Order(StringComparer.Ordinal)));
    }

    [GeneratedRegex(@"https?://[^\s""'<>]+")]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"<(style|script|title)[^>]*>.*?</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex StyleOrScript();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
