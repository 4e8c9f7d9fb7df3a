namespace FeedbackCollector.Mail.Inbound;

/// <summary>
/// The customer's new words from a reply body: quoted thread and signature removed, everything else
/// (line breaks, bullets, indentation) kept as written. Used on text/plain bodies and on HTML converted to
/// text. Never returns nothing for a body that has words: when every cut together would leave nothing
/// (a reply written under a forwarded block, a body that is only a quote, a short reply that looks like
/// a marker), the less-cut text is kept, because losing a customer's answer is worse than showing a quote.
/// </summary>
public static class ReplyTextExtractor
{
    public static string Extract(string body, int maxChars = 20_000)
    {
        ArgumentNullException.ThrowIfNull(body);
        var lines = body.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var unquoted = QuoteRemover.Remove(lines);
        var text = Join(SignatureRemover.Remove(unquoted));
        if (text.Length == 0) text = Join(unquoted);
        if (text.Length == 0) text = Join(lines);
        return text.Length <= maxChars ? text : text[..maxChars];
    }

    private static string Join(IEnumerable<string> lines) =>
        string.Join('\n', lines.Select(l => l.TrimEnd())).Trim('\n', ' ', '\t', '\u00a0');
}
