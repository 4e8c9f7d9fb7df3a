using System.Net;
using System.Text;

namespace FeedbackCollector.Core.Flow;

/// <summary>
/// The HTML shell of customer emails: nested tables and inline styles only, no classes, no script, no
/// web fonts, because Gmail strips &lt;style&gt; in many views and Outlook renders with Word's engine.
/// Callers pass text already escaped for HTML.
/// </summary>
internal static class EmailHtml
{
    private const string Font = "font-family:Arial,Helvetica,sans-serif;";

    public static string Page(string innerRows, Uri unsubscribe)
    {
        var sb = new StringBuilder(2048);
        sb.Append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"></head>");
        sb.Append("<body style=\"margin:0;padding:0;background:#f4f4f4;\">");
        sb.Append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"background:#f4f4f4;\"><tr><td align=\"center\" style=\"padding:24px 8px;\">");
        sb.Append("<table role=\"presentation\" width=\"560\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"max-width:560px;width:100%;background:#ffffff;\">");
        sb.Append(innerRows);
        sb.Append("<tr><td style=\"padding:16px 24px;").Append(Font).Append("font-size:12px;color:#777777;\">");
        sb.Append("<a href=\"").Append(Attr(unsubscribe)).Append("\" style=\"color:#777777;\">Unsubscribe</a> from these emails.</td></tr>");
        sb.Append("</table></td></tr></table></body></html>");
        return sb.ToString();
    }

    /// <summary>One paragraph row; line breaks in the (already escaped) text become &lt;br&gt;.</summary>
    public static string Paragraph(string escapedText, int fontSize = 16) =>
        $"<tr><td style=\"padding:16px 24px 0 24px;{Font}font-size:{fontSize}px;line-height:1.5;color:#222222;\">"
        + escapedText.ReplaceLineEndings("<br>") + "</td></tr>";

    /// <summary>Five large tap targets, 1 to 5, each a plain link (no form, no script).</summary>
    public static string StarRow(IReadOnlyList<Uri> stars)
    {
        var sb = new StringBuilder("<tr><td align=\"center\" style=\"padding:16px 24px;\"><table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr>");
        for (var i = 0; i < stars.Count; i++)
        {
            sb.Append("<td align=\"center\" style=\"padding:0 4px;\"><a href=\"").Append(Attr(stars[i]))
              .Append("\" style=\"display:block;width:56px;padding:10px 0;").Append(Font)
              .Append("font-size:32px;line-height:36px;color:#f5a623;text-decoration:none;border:1px solid #dddddd;border-radius:6px;\">&#9733;<br>")
              .Append("<span style=\"font-size:14px;line-height:18px;color:#444444;\">").Append(i + 1).Append("</span></a></td>");
        }
        return sb.Append("</tr></table></td></tr>").ToString();
    }

    public static string Button(Uri href, string escapedLabel) =>
        $"<tr><td align=\"center\" style=\"padding:20px 24px;\"><a href=\"{Attr(href)}\" style=\"display:inline-block;padding:12px 24px;{Font}font-size:16px;color:#ffffff;background:#1a73e8;border-radius:6px;text-decoration:none;\">{escapedLabel}</a></td></tr>";

    private static string Attr(Uri uri) => WebUtility.HtmlEncode(uri.AbsoluteUri);
}
