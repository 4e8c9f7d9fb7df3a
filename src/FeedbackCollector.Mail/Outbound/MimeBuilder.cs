using FeedbackCollector.Core.Ports;
using MimeKit;
using MimeKit.Utils;

namespace FeedbackCollector.Mail.Outbound;

/// <summary>
/// Builds the MIME for one <see cref="OutboundEmail"/>: multipart/alternative (plain first, HTML last,
/// so clients that can show HTML prefer it), Reply-To, a stable Message-Id and the extra headers
/// exactly as given (List-Unsubscribe and List-Unsubscribe-Post must reach the receiver verbatim).
/// </summary>
public sealed class MimeBuilder(TimeProvider time)
{
    /// <summary>Headers MimeBuilder owns; an extra header with one of these names would make the message ambiguous.</summary>
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "From", "To", "Cc", "Bcc", "Reply-To", "Subject", "Message-Id", "Date", "MIME-Version", "Content-Type",
        "Content-Transfer-Encoding",
    };

    public MimeMessage Build(OutboundEmail email)
    {
        ArgumentNullException.ThrowIfNull(email);
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(email.From));
        message.To.Add(MailboxAddress.Parse(email.To));
        if (!string.IsNullOrWhiteSpace(email.ReplyTo)) message.ReplyTo.Add(MailboxAddress.Parse(email.ReplyTo));
        message.Subject = email.Subject;
        message.MessageId = email.MessageId.Trim('<', '>', ' ');
        message.Date = time.GetUtcNow();
        foreach (var (name, value) in email.Headers)
        {
            if (Reserved.Contains(name))
                throw new ArgumentException($"Header '{name}' is set from the email's own fields, not from Headers.", nameof(email));
            message.Headers.Add(name, value);
        }
        message.Body = BuildBody(email);
        return message;
    }

    /// <summary>The message as it goes on the wire (CRLF line endings), e.g. for an outbox .eml file or SES raw send.</summary>
    public static byte[] ToBytes(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var stream = new MemoryStream();
        var options = FormatOptions.Default.Clone();
        options.NewLineFormat = NewLineFormat.Dos;
        message.WriteTo(options, stream);
        return stream.ToArray();
    }

    private static MimeEntity BuildBody(OutboundEmail email)
    {
        var text = new TextPart(MimeKit.Text.TextFormat.Plain) { Text = email.TextBody };
        text.ContentTransferEncoding = ContentEncoding.QuotedPrintable;
        if (string.IsNullOrEmpty(email.HtmlBody)) return text;
        var html = new TextPart(MimeKit.Text.TextFormat.Html) { Text = email.HtmlBody };
        html.ContentTransferEncoding = ContentEncoding.QuotedPrintable;
        return new MultipartAlternative { text, html };
    }

    /// <summary>A Message-Id for callers that have no stable one: unique and under the given domain.</summary>
    public static string NewMessageId(string domain) => MimeUtils.GenerateMessageId(domain);
}
