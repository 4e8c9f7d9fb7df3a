using System.Text;
using System.Text.RegularExpressions;

namespace FeedbackCollector.Mail.Inbound;

/// <summary>
/// Reads what an operator hands to `reply-text`: a raw .eml, or a bare body (plain text or HTML, no
/// headers) as pasted from a mail client or a parser's fixture. A body is taken as a message only when
/// it opens with a block of header fields naming at least one message header, so a body that merely
/// starts with a forwarded "From: …" line is still read as a body.
/// </summary>
public static partial class ReplyInput
{
    public static ReplyParseResult Parse(byte[] raw, ReplyLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(raw);
        limits ??= ReplyLimits.Default;
        if (raw.Length > limits.MaxBytes)
            return ReplyParseResult.Failed($"input is {raw.Length} bytes, over the {limits.MaxBytes}-byte limit");
        var text = Encoding.UTF8.GetString(raw);
        return LooksLikeMessage(text) ? InboundReply.Parse(raw, limits) : FromBody(text, limits);
    }

    internal static bool LooksLikeMessage(string text)
    {
        var end = HeaderBlockEnd(text);
        if (end <= 0) return false;
        var block = text[..end].Replace("\r", "", StringComparison.Ordinal).Split('\n');
        var fields = 0;
        foreach (var line in block)
        {
            if (line.Length > 0 && (line[0] == ' ' || line[0] == '\t')) continue;
            if (!HeaderField().IsMatch(line)) return false;
            fields++;
        }
        return fields > 0 && MessageHeader().IsMatch(text[..end]);
    }

    private static int HeaderBlockEnd(string text)
    {
        var crlf = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var lf = text.IndexOf("\n\n", StringComparison.Ordinal);
        if (crlf < 0) return lf;
        return lf < 0 ? crlf : Math.Min(lf, crlf);
    }

    private static ReplyParseResult FromBody(string body, ReplyLimits limits)
    {
        var problems = new List<string>();
        if (body.Length > limits.MaxTextChars)
        {
            problems.Add($"body text over {limits.MaxTextChars} characters was cut");
            body = body[..limits.MaxTextChars];
        }
        var text = HtmlTag().IsMatch(body) ? HtmlToText.Convert(body) : body;
        var newText = ReplyTextExtractor.Extract(text, limits.MaxReplyChars);
        return new ReplyParseResult(true, [], null, null, null, newText, AutoReplyDetector.FromFirstLines(newText), problems);
    }

    [GeneratedRegex(@"^[!-9;-~]{1,76}:", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HeaderField();

    [GeneratedRegex(@"^(?:From|Date|Subject|Message-ID|MIME-Version|Received|Return-Path|Content-Type|Delivered-To|To)\s*:", RegexOptions.IgnoreCase | RegexOptions.Multiline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MessageHeader();

    [GeneratedRegex(@"<(?:html|body|div|p|br|span|table|blockquote|meta)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HtmlTag();
}
