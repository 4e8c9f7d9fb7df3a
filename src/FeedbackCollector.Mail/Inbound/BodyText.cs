using MimeKit;

namespace FeedbackCollector.Mail.Inbound;

/// <summary>Finds the reply's text: the first text/plain outside attachments, else the first text/html converted to text.</summary>
internal static class BodyText
{
    public static string? Find(MimeMessage message, ReplyLimits limits, List<string> problems)
    {
        TextPart? plain = null, html = null;
        var visited = 0;
        foreach (var entity in message.BodyParts)
        {
            if (++visited > limits.MaxParts)
            {
                problems.Add($"more than {limits.MaxParts} MIME parts; the rest were not read");
                break;
            }
            if (entity is not TextPart part || part.IsAttachment) continue;
            if (part.IsPlain) plain ??= part;
            else if (part.IsHtml) html ??= part;
        }
        if (plain is not null) return Cap(plain.Text, limits, problems);
        if (html is not null) return HtmlToText.Convert(Cap(html.Text, limits, problems));
        return null;
    }

    private static string Cap(string? text, ReplyLimits limits, List<string> problems)
    {
        text ??= "";
        if (text.Length <= limits.MaxTextChars) return text;
        problems.Add($"body text over {limits.MaxTextChars} characters was cut");
        return text[..limits.MaxTextChars];
    }
}
