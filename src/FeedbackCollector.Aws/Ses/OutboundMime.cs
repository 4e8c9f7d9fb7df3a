using FeedbackCollector.Core.Ports;
using MimeKit;

namespace FeedbackCollector.Aws.Ses;

/// <summary>
/// Builds the raw MIME of an <see cref="OutboundEmail"/>: text and optional HTML as multipart/alternative,
/// Reply-To, Message-Id and every extra header (List-Unsubscribe, List-Unsubscribe-Post) kept as given.
/// Stands in until FeedbackCollector.Mail offers the shared builder.
/// </summary>
internal static class OutboundMime
{
    public static byte[] Build(OutboundEmail email, DateTimeOffset date)
    {
        var message = new MimeMessage { Subject = email.Subject, Date = date, MessageId = email.MessageId };
        message.From.Add(MailboxAddress.Parse(email.From));
        message.To.Add(MailboxAddress.Parse(email.To));
        if (!string.IsNullOrWhiteSpace(email.ReplyTo)) message.ReplyTo.Add(MailboxAddress.Parse(email.ReplyTo));
        foreach (var (name, value) in email.Headers) message.Headers.Add(name, value);
        var body = new BodyBuilder { TextBody = email.TextBody };
        if (email.HtmlBody is not null) body.HtmlBody = email.HtmlBody;
        message.Body = body.ToMessageBody();
        using var stream = new MemoryStream();
        message.WriteTo(FormatOptions.Default, stream);
        return stream.ToArray();
    }
}
