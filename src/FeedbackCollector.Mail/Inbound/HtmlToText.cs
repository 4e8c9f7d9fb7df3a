using System.Net;
using System.Text.RegularExpressions;

namespace FeedbackCollector.Mail.Inbound;

/// <summary>
/// Enough HTML→text for replies: block tags become line breaks, head/style/script vanish. Quotes come in
/// two kinds. Containers that hold a quoted thread with its attribution (blockquote, Gmail's gmail_quote,
/// Yahoo's yahoo_quoted, Thunderbird's moz-cite-prefix, Zoho's zmail_extra, ProtonMail's quote) have their
/// lines marked "&gt; ", so inline answers between them survive. Outlook's markers (divRplyFwdMsg, the
/// appendonsend anchor, the border-top separator div, Hotmail's stopSpelling rule) start the thread with
/// nothing of the customer's after them, so they become an "-----Original Message-----" line, which the
/// quote remover cuts at; an &lt;hr&gt; becomes a rule line so an Outlook 2003 "From:/Sent:" block under it is
/// cut too. No DOM: a linear scan (<see cref="HtmlTags"/>), so hostile HTML costs linear time.
/// </summary>
internal static partial class HtmlToText
{
    internal const string QuoteMarker = "-----Original Message-----";

    /// <summary>Quoted containers nested deeper than this are still quoted, just not tracked one by one.</summary>
    private const int MaxTrackedContainers = 64;

    private static readonly HashSet<string> Hidden = new(StringComparer.OrdinalIgnoreCase) { "head", "style", "script", "title" };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "pre", "section",
    };

    public static string Convert(string html)
    {
        var writer = new HtmlQuoteWriter(html.Length / 2);
        var quotes = new QuoteRegions();
        string? hiddenUntil = null;
        var last = 0;
        foreach (var tag in HtmlTags.Scan(html))
        {
            if (hiddenUntil is null && tag.Index > last) writer.Append(WebUtility.HtmlDecode(html[last..tag.Index]));
            last = tag.Index + tag.Length;
            var (name, closing) = (tag.Name, tag.Closing);
            // Only a tag with attributes can name a quote container; most tags have none, so skip the patterns.
            var value = tag.Length > name.Length + 3 ? html.AsSpan(tag.Index, Math.Min(tag.Length, 1000)) : [];
            if (hiddenUntil is not null)
            {
                if (closing && name.Equals(hiddenUntil, StringComparison.OrdinalIgnoreCase)) hiddenUntil = null;
                continue;
            }
            if (!closing && Hidden.Contains(name)) { hiddenUntil = name; continue; }
            if (!closing && OutlookThread().IsMatch(value))
            {
                writer.NewLine();
                writer.Append(QuoteMarker);
                return Tidy(writer.ToString());
            }
            if (Blocks.Contains(name) || name.Equals("blockquote", StringComparison.OrdinalIgnoreCase)) writer.NewLine();
            if (name.Equals("hr", StringComparison.OrdinalIgnoreCase)) writer.Append("________________________________\n");
            quotes.See(name, closing, !closing && QuoteContainer().IsMatch(value));
            writer.Quoted = quotes.Inside;
        }
        if (hiddenUntil is null) writer.Append(WebUtility.HtmlDecode(html[last..]));
        return Tidy(writer.ToString());
    }

    /// <summary>Which quoted containers are open: blockquotes by count, classed containers by the element depth they opened at.</summary>
    private sealed class QuoteRegions
    {
        private readonly Stack<int> _containers = new();
        private readonly Dictionary<string, int> _depth = new(StringComparer.OrdinalIgnoreCase);
        private int _untracked;

        public bool Inside => _containers.Count > 0 || _untracked > 0 || _depth.GetValueOrDefault("blockquote") > 0;

        public void See(string name, bool closing, bool opensQuote)
        {
            var key = name.ToLowerInvariant() is "div" or "span" or "table" or "blockquote" ? name.ToLowerInvariant() : null;
            if (key is null) return;
            var level = _depth.GetValueOrDefault(key);
            if (closing)
            {
                _depth[key] = Math.Max(0, level - 1);
                if (key != "blockquote" && _containers.TryPeek(out var opened) && opened == Key(key, level - 1)) _containers.Pop();
                return;
            }
            _depth[key] = level + 1;
            if (!opensQuote || key == "blockquote") return;
            if (_containers.Count < MaxTrackedContainers) _containers.Push(Key(key, level));
            else _untracked++;
        }

        private static int Key(string element, int level) => (level << 2) | (element == "div" ? 0 : element == "span" ? 1 : 2);
    }

    /// <summary>HTML whitespace is not meaningful: collapse runs inside lines, and runs of empty lines to one.</summary>
    private static string Tidy(string text)
    {
        var lines = text.Replace("\r", "", StringComparison.Ordinal).Split('\n')
            .Select(l => Spaces().Replace(l.Replace('\u00a0', ' '), " ").Trim());
        var kept = new List<string>();
        foreach (var line in lines)
        {
            if (line.Length == 0 && kept.Count > 0 && kept[^1].Length == 0) continue;
            kept.Add(line);
        }
        return string.Join('\n', kept);
    }

    [GeneratedRegex(@"class=""?[^""<>]{0,200}\b(?:gmail_quote|yahoo_quoted|moz-cite-prefix|zmail_extra|protonmail_quote)\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex QuoteContainer();

    [GeneratedRegex(@"divRplyFwdMsg|id=""?appendonsend|OutlookMessageHeader|id=""?stopSpelling|border-top:\s*solid\s+#(?:E1E1E1|B5C4DF)", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex OutlookThread();

    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex Spaces();
}
