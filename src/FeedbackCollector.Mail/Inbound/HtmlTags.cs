namespace FeedbackCollector.Mail.Inbound;

/// <summary>One tag of an HTML body: where it is, its element name and whether it closes.</summary>
internal readonly record struct HtmlTag(int Index, int Length, string Name, bool Closing);

/// <summary>
/// Finds the tags of an HTML body in one pass. A hand-written scanner rather than a regex because hostile
/// HTML ("&lt;div class=" a hundred thousand times, never closed) makes any "up to the next &gt;" pattern rescan
/// the rest of the body from every "&lt;": here the position of the next "&gt;" (and "--&gt;") is remembered, so
/// the scan is linear whatever the input. A "&lt;" that does not open a tag, or whose tag would be longer than
/// <see cref="MaxTagLength"/>, is text.
/// </summary>
internal static class HtmlTags
{
    private const int MaxTagLength = 4000;
    private const int MaxCommentLength = 20_000;

    public static IEnumerable<HtmlTag> Scan(string html)
    {
        var nextClose = -2; // unknown; -1 means there is no further '>'
        var nextCommentEnd = -2;
        var at = html.IndexOf('<');
        while (at >= 0)
        {
            if (string.CompareOrdinal(html, at, "<!--", 0, 4) == 0)
            {
                nextCommentEnd = Next(html, "-->", at + 4, nextCommentEnd);
                if (nextCommentEnd >= 0 && nextCommentEnd - at <= MaxCommentLength)
                {
                    yield return new HtmlTag(at, nextCommentEnd + 3 - at, "!--", false);
                    at = html.IndexOf('<', nextCommentEnd + 3);
                    continue;
                }
            }
            var closing = at + 1 < html.Length && html[at + 1] == '/';
            var nameStart = at + (closing ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == ':') && (nameEnd > nameStart || char.IsAsciiLetter(html[nameEnd]))) nameEnd++;
            if (nameEnd > nameStart)
            {
                nextClose = Next(html, ">", nameEnd, nextClose);
                if (nextClose < 0) yield break;
                if (nextClose - at <= MaxTagLength)
                {
                    yield return new HtmlTag(at, nextClose + 1 - at, html[nameStart..nameEnd], closing);
                    at = html.IndexOf('<', nextClose + 1);
                    continue;
                }
            }
            at = html.IndexOf('<', at + 1);
        }
    }

    /// <summary>The next occurrence of <paramref name="token"/> at or after <paramref name="from"/>, reusing the last answer while it still lies ahead.</summary>
    private static int Next(string html, string token, int from, int known)
    {
        if (known == -1) return -1;
        if (known >= from) return known;
        return html.IndexOf(token, from, StringComparison.Ordinal);
    }
}
