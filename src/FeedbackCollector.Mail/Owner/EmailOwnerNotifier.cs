using System.Net;
using System.Security.Cryptography;
using System.Text;
using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Mail.Owner;

/// <summary>
/// Pings the owner by email through the same mail path as the asks (outbox or relay), used when no
/// Slack token is configured. Plain and HTML parts; the HTML escapes the customer's words; only
/// tel:/sms:/mailto: links, never a review link. The Message-ID is derived from the ping, so a
/// retried ping is the same message (the outbox keeps one).
/// </summary>
public sealed class EmailOwnerNotifier(IMailer mailer, string ownerEmail, string fromAddress) : IOwnerNotifier
{
    public async Task<SendResult> NotifyAsync(OwnerPing ping, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(ping);
        var links = OwnerPingLinks.ContactOnly(ping.ContactLinks);
        var email = new OutboundEmail(
            To: ownerEmail,
            From: fromAddress,
            ReplyTo: null,
            Subject: ping.Subject,
            TextBody: TextBody(ping, links),
            HtmlBody: HtmlBody(ping, links),
            Headers: new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Auto-Submitted"] = "auto-generated" },
            MessageId: MessageIdFor(ping, fromAddress));
        var result = await mailer.SendAsync(email, ct);
        return result.Sent ? SendResult.Ok("email") : result;
    }

    internal static string TextBody(OwnerPing ping, IReadOnlyList<Uri> links)
    {
        var sb = new StringBuilder(ping.Text);
        if (links.Count > 0) sb.Append("\n\n").AppendJoin("\n", links.Select(l => $"{OwnerPingLinks.Label(l)}: {l.OriginalString}"));
        AppendText(sb, OwnerPingLinks.DecisionsOnly(ping.Decisions));
        foreach (var section in ping.Sections)
        {
            sb.Append("\n\n").Append(section.Text);
            AppendText(sb, OwnerPingLinks.DecisionsOnly(section.Decisions));
        }
        return sb.Append('\n').ToString();
    }

    internal static string HtmlBody(OwnerPing ping, IReadOnlyList<Uri> links)
    {
        var sb = new StringBuilder("<!doctype html><html><body>");
        sb.Append("<p style=\"white-space:pre-wrap\">").Append(WebUtility.HtmlEncode(ping.Text)).Append("</p>");
        foreach (var link in links)
        {
            sb.Append("<p><a href=\"").Append(WebUtility.HtmlEncode(link.OriginalString)).Append("\">")
              .Append(WebUtility.HtmlEncode(OwnerPingLinks.Label(link))).Append("</a></p>");
        }
        AppendHtml(sb, OwnerPingLinks.DecisionsOnly(ping.Decisions));
        foreach (var section in ping.Sections)
        {
            sb.Append("<hr><p style=\"white-space:pre-wrap\">").Append(WebUtility.HtmlEncode(section.Text)).Append("</p>");
            AppendHtml(sb, OwnerPingLinks.DecisionsOnly(section.Decisions));
        }
        return sb.Append("</body></html>").ToString();
    }

    private static void AppendText(StringBuilder sb, IReadOnlyList<DecisionLink> decisions)
    {
        if (decisions.Count > 0) sb.Append('\n').AppendJoin("\n", decisions.Select(d => $"{d.Label}: {d.Url.AbsoluteUri}"));
    }

    private static void AppendHtml(StringBuilder sb, IReadOnlyList<DecisionLink> decisions)
    {
        if (decisions.Count == 0) return;
        sb.Append("<p>").AppendJoin(" &middot; ", decisions.Select(d =>
            $"<a href=\"{WebUtility.HtmlEncode(d.Url.AbsoluteUri)}\">{WebUtility.HtmlEncode(d.Label)}</a>")).Append("</p>");
    }

    private static string MessageIdFor(OwnerPing ping, string fromAddress)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{ping.CustomerId}|{ping.AskId}|{ping.Subject}|{ping.Text}"));
        return $"ping.{ping.AskId}.{Convert.ToHexStringLower(hash)[..16]}@{SenderDomain.Of(fromAddress)}";
    }
}
