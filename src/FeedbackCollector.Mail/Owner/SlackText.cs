using System.Text;

namespace FeedbackCollector.Mail.Owner;

/// <summary>
/// Slack mrkdwn escaping: only &amp;, &lt; and &gt; are control characters, and escaping them stops
/// customer text from forming links, @-mentions (&lt;!channel&gt;) or user pings.
/// </summary>
internal static class SlackText
{
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }

    /// <summary>A Slack link &lt;url|label&gt;; the label is escaped and may not contain '|'.</summary>
    public static string Link(Uri url, string label) =>
        $"<{url.AbsoluteUri.Replace(">", "%3E", StringComparison.Ordinal).Replace("|", "%7C", StringComparison.Ordinal)}|{Escape(label).Replace("|", "¦", StringComparison.Ordinal)}>";
}
