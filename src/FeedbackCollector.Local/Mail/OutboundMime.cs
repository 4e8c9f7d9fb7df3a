using FeedbackCollector.Core.Ports;
using MimeKit;

namespace FeedbackCollector.Local.Mail;

/// <summary>
/// OutboundEmail → MimeMessage for the local mailers: multipart/alternative (plain, then HTML),
/// the caller's headers kept as given, and the stable Message-ID so a retried send is recognisable.
/// Interim: FeedbackCollector.Mail (branch mail-web) owns MIME composition; switch to its builder
/// once it lands so both runtimes produce identical messages.
/// </summary>
internal static class OutboundMime
{
    public static MimeMessage ToMimeMessage(OutboundEmail email)
    {
        ArgumentNullException.ThrowIfNull(email);
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(email.From));
        message.To.Add(MailboxAddress.Parse(email.To));
        if (email.ReplyTo is { } replyTo) message.ReplyTo.Add(MailboxAddress.Parse(replyTo));
        message.Subject = email.Subject;
        message.MessageId = email.MessageId;
        foreach (var (name, value) in email.Headers)
        {
            message.Headers.Add(name, value);
        }
        var body = new BodyBuilder { TextBody = email.TextBody, HtmlBody = email.HtmlBody };
        message.Body = body.ToMessageBody();
        return message;
    }
}
