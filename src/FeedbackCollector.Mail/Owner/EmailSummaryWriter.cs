using System.Net;
using System.Text;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Summary;
using FeedbackCollector.Core.Sweeps;

namespace FeedbackCollector.Mail.Owner;

/// <summary>
/// Delivers the monthly summary to the owner by email through the same mail path as everything else (outbox or
/// relay locally, SES on AWS): the paragraph, then the figures as a table, in a plain-text and an HTML part. The
/// Message-ID is derived from the month, so a retried month is the same mail: the outbox keeps one, and a mail
/// client shows one.
/// </summary>
public sealed class EmailSummaryWriter(IMailer mailer, string ownerEmail, string fromAddress) : ISummaryWriter
{
    public Task<SendResult> WriteAsync(SummaryLetter letter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(letter);
        ArgumentException.ThrowIfNullOrWhiteSpace(letter.Month);
        var email = new OutboundEmail(ownerEmail, fromAddress, null, letter.Subject, letter.Text, Html(letter),
            new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Auto-Submitted"] = "auto-generated" },
            MessageIdFor(letter.Month, fromAddress));
        return mailer.SendAsync(email, ct);
    }

    /// <summary>"summary-{month}@{the sender's domain}": stable per month and business.</summary>
    internal static string MessageIdFor(string month, string fromAddress) => $"summary-{month}@{SenderDomain.Of(fromAddress)}";

    /// <summary>The HTML part: every text escaped (the paragraph may come from a model).</summary>
    internal static string Html(SummaryLetter letter)
    {
        var f = letter.Figures;
        var last = f.LastMonth;
        var sb = new StringBuilder("<!doctype html><html><body style=\"font-family:sans-serif\">");
        sb.Append("<p>").Append(E(letter.Paragraph)).Append("</p>");
        sb.Append("<table cellpadding=\"4\" style=\"border-collapse:collapse\"><thead><tr><th></th><th>").Append(E(SummaryTable.MonthName(f.Month)))
            .Append("</th>");
        if (last is not null) sb.Append("<th>").Append(E(SummaryTable.MonthName(last.Month))).Append("</th><th>Change</th>");
        sb.Append("</tr></thead><tbody>");
        foreach (var row in SummaryTable.Rows(f))
        {
            sb.Append("<tr><th align=\"left\">").Append(E(row.Label)).Append("</th><td>").Append(E(row.Value)).Append("</td>");
            if (last is not null) sb.Append("<td>").Append(E(row.LastMonth ?? "")).Append("</td><td>").Append(E(row.Change ?? "")).Append("</td>");
            sb.Append("</tr>");
        }
        sb.Append("</tbody></table>");
        if (f.ByVisitType.Count > 0) VisitTypes(sb, f.ByVisitType);
        return sb.Append("</body></html>").ToString();
    }

    private static void VisitTypes(StringBuilder sb, IReadOnlyList<VisitTypeFigures> types)
    {
        sb.Append("<h3>By visit type</h3><table cellpadding=\"4\" style=\"border-collapse:collapse\"><thead><tr>")
            .Append("<th align=\"left\">Visit type</th><th>Asked</th><th>Answered</th><th>Happy</th><th>Unhappy</th><th>Unclear</th></tr></thead><tbody>");
        foreach (var v in types)
        {
            sb.Append("<tr><th align=\"left\">").Append(E(v.VisitType)).Append("</th>");
            foreach (var n in new[] { v.Asked, v.Answered, v.Happy, v.Unhappy, v.Unclear })
                sb.Append("<td>").Append(n.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("</td>");
            sb.Append("</tr>");
        }
        sb.Append("</tbody></table>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
