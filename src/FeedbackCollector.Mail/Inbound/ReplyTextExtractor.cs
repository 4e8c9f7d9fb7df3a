namespace FeedbackCollector.Mail.Inbound;

/// <summary>
/// The customer's new words from a reply body: quoted thread and signature removed, everything else
/// (line breaks, bullets, indentation) kept as written. Used on text/plain bodies and on HTML converted to text.
/// </summary>
public static class ReplyTextExtractor
{
    public static string Extract(string body, int maxChars = 20_000)
    {
        ArgumentNullException.ThrowIfNull(body);
        var lines = body.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var kept = SignatureRemover.Remove(QuoteRemover.Remove(lines));
        var text = string.Join('\n', kept.Select(l => l.TrimEnd())).Trim('\n', ' ', '\t', '\u00a0');
        return text.Length <= maxChars ? text : text[..maxChars];
    }
}
