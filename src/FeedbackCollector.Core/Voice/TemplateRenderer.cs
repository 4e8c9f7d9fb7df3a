using System.Net;
using System.Text;

namespace FeedbackCollector.Core.Voice;

/// <summary>Placeholder substitution with per-medium escaping of the values (never of the owner's template).</summary>
public static class TemplateRenderer
{
    public static string Render(string template, IReadOnlyDictionary<string, string> values, Medium medium)
    {
        var sb = new StringBuilder(template.Length + 64);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            var close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            if (open < 0 || close < 0)
            {
                sb.Append(Escape(template[i..], medium, isValue: false));
                break;
            }
            sb.Append(Escape(template[i..open], medium, isValue: false));
            var name = template[(open + 1)..close].Trim();
            sb.Append(Escape(values.TryGetValue(name, out var v) ? v : "", medium, isValue: true));
            i = close + 1;
        }
        return sb.ToString();
    }

    /// <summary>Escapes text for a medium. The owner's own template text is escaped for HTML too, so a stray "&lt;" cannot break a page.</summary>
    public static string Escape(string text, Medium medium, bool isValue = true) => medium switch
    {
        Medium.Html => WebUtility.HtmlEncode(text),
        Medium.Slack => isValue ? EscapeSlack(text) : text,
        _ => text,
    };

    // Slack mrkdwn: &, <, > are control characters; customer text must not ping @channel or form links.
    private static string EscapeSlack(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);
}
