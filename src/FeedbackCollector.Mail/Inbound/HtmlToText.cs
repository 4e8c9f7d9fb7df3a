using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace FeedbackCollector.Mail.Inbound;

/// <summary>
/// Enough HTML→text for replies: block tags become line breaks, head/style/script vanish, and the
/// containers mail clients put the quoted thread in (Gmail's gmail_quote, Outlook's divRplyFwdMsg,
/// Yahoo's yahoo_quoted, blockquote) become an "-----Original Message-----" line, which the quote
/// remover then cuts at. No DOM: a linear scan with a bounded regex, so hostile HTML costs linear time.
/// </summary>
internal static partial class HtmlToText
{
    internal const string QuoteMarker = "-----Original Message-----";

    private static readonly HashSet<string> Hidden = new(StringComparer.OrdinalIgnoreCase) { "head", "style", "script", "title" };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "hr", "pre", "section",
    };

    public static string Convert(string html)
    {
        try
        {
            return ConvertTags(html);
        }
        catch (RegexMatchTimeoutException)
        {
            // Pathological markup: fall back to dropping anything that looks like a tag.
            return Tidy(WebUtility.HtmlDecode(CrudeTags().Replace(html, "\n")));
        }
    }

    private static string ConvertTags(string html)
    {
        var text = new StringBuilder(html.Length / 2);
        string? hiddenUntil = null;
        var last = 0;
        foreach (Match tag in TagPattern().Matches(html))
        {
            if (hiddenUntil is null) text.Append(WebUtility.HtmlDecode(html[last..tag.Index]));
            last = tag.Index + tag.Length;
            var name = tag.Groups["name"].Value;
            var closing = tag.Groups["close"].Success;
            if (hiddenUntil is not null)
            {
                if (closing && name.Equals(hiddenUntil, StringComparison.OrdinalIgnoreCase)) hiddenUntil = null;
                continue;
            }
            if (!closing && Hidden.Contains(name)) { hiddenUntil = name; continue; }
            if (!closing && StartsQuote(name, tag.Value))
            {
                text.Append('\n').Append(QuoteMarker).Append('\n');
                return Tidy(text.ToString());
            }
            if (Blocks.Contains(name)) text.Append('\n');
        }
        if (hiddenUntil is null) text.Append(WebUtility.HtmlDecode(html[last..]));
        return Tidy(text.ToString());
    }

    private static bool StartsQuote(string name, string tag) =>
        name.Equals("blockquote", StringComparison.OrdinalIgnoreCase)
        || QuoteContainer().IsMatch(tag);

    /// <summary>HTML whitespace is not meaningful; collapse runs inside lines and keep the breaks.</summary>
    private static string Tidy(string text)
    {
        var lines = text.Replace("\r", "", StringComparison.Ordinal).Split('\n')
            .Select(l => Spaces().Replace(l.Replace('\u00a0', ' '), " ").Trim());
        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"<!--.{0,20000}?-->|<(?<close>/)?(?<name>[a-zA-Z][a-zA-Z0-9:]*)\b[^>]{0,4000}>", RegexOptions.Singleline, matchTimeoutMilliseconds: 2000)]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"gmail_quote|divRplyFwdMsg|yahoo_quoted|moz-cite-prefix|id=""?appendonsend|OutlookMessageHeader|protonmail_quote", RegexOptions.IgnoreCase)]
    private static partial Regex QuoteContainer();

    [GeneratedRegex(@"<[^<>]{0,4000}>", RegexOptions.None, matchTimeoutMilliseconds: 2000)]
    private static partial Regex CrudeTags();

    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex Spaces();
}
