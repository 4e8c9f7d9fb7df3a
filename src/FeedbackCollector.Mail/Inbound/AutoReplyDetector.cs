using System.Text.RegularExpressions;
using MimeKit;

namespace FeedbackCollector.Mail.Inbound;

/// <summary>
/// Recognises mail a machine sent (RFC 3834 Auto-Submitted, the vendor headers, RFC 3464 delivery
/// reports, RFC 5965 abuse reports, postmaster senders, out-of-office subjects), so it is never taken as a customer's feedback.
/// Headers are checked before the subject because they are the sender's own statement.
/// </summary>
public static partial class AutoReplyDetector
{
    public static AutoReplyVerdict Detect(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Bounce(message) ?? FromHeaders(message.Headers) ?? FromSubject(message.Subject) ?? AutoReplyVerdict.Human;
    }

    private static AutoReplyVerdict? Bounce(MimeMessage message)
    {
        if (message.Body is MultipartReport { ReportType: { } type } && type.Equals("feedback-report", StringComparison.OrdinalIgnoreCase))
            return new(AutoReplyKind.Complaint, "multipart/report; report-type=feedback-report");
        if (message.Body is MultipartReport report
            && string.Equals(report.ReportType, "delivery-status", StringComparison.OrdinalIgnoreCase))
            return new(AutoReplyKind.Bounce, "multipart/report; report-type=delivery-status");
        if (message.Body?.ContentType.IsMimeType("multipart", "report") == true)
            return new(AutoReplyKind.Bounce, "multipart/report");
        var sender = message.From.Mailboxes.FirstOrDefault()?.LocalPart ?? "";
        if (sender.Equals("mailer-daemon", StringComparison.OrdinalIgnoreCase)
            || sender.Equals("postmaster", StringComparison.OrdinalIgnoreCase))
            return new(AutoReplyKind.Bounce, "sender " + sender);
        var returnPath = message.Headers[HeaderId.ReturnPath]?.Trim();
        return returnPath is "<>" ? new(AutoReplyKind.Bounce, "null Return-Path") : null;
    }

    private static AutoReplyVerdict? FromHeaders(HeaderList headers)
    {
        var autoSubmitted = headers["Auto-Submitted"]?.Trim();
        if (!string.IsNullOrEmpty(autoSubmitted) && !autoSubmitted.StartsWith("no", StringComparison.OrdinalIgnoreCase))
            return new(AutoReplyKind.AutoReply, "Auto-Submitted: " + autoSubmitted);
        foreach (var name in (string[])["X-Autoreply", "X-Autorespond", "X-Autoresponse", "X-Auto-Response-Suppress-Reply"])
        {
            if (headers.Contains(name)) return new(AutoReplyKind.AutoReply, name);
        }
        if (headers["X-Auto-Response-Suppress"] is { } suppress && suppress.Contains("OOF", StringComparison.OrdinalIgnoreCase)
            && headers.Contains("X-MS-Exchange-Inbox-Rules-Loop"))
            return new(AutoReplyKind.AutoReply, "Exchange inbox rule");
        var precedence = headers["Precedence"]?.Trim().ToLowerInvariant();
        return precedence switch
        {
            "auto_reply" => new(AutoReplyKind.AutoReply, "Precedence: auto_reply"),
            "bulk" or "junk" or "list" => new(AutoReplyKind.Bulk, "Precedence: " + precedence),
            _ => null,
        };
    }

    private static AutoReplyVerdict? FromSubject(string? subject)
    {
        if (string.IsNullOrWhiteSpace(subject)) return null;
        if (OutOfOffice().IsMatch(subject)) return new(AutoReplyKind.AutoReply, "subject: " + subject.Trim());
        return UndeliverableSubject().IsMatch(subject) ? new(AutoReplyKind.Bounce, "subject: " + subject.Trim()) : null;
    }

    [GeneratedRegex(@"out of (?:the )?office|automatic reply|auto[- ]?reply|autoreply|auto[- ]?response|away from (?:the |my )?office|on vacation|on holiday|abwesenheitsnotiz|automatische antwort|abwesend|absence du bureau|réponse automatique|absent du bureau|respuesta automática|fuera de la oficina|risposta automatica|fuori ufficio|automatisch antwoord|afwezig|resposta automática|fora do escritório|automatiskt svar|frånvaro|automatisk svar|fravær|автоответ|автоматический ответ|不在|自動応答|自动回复|자동 응답", RegexOptions.IgnoreCase)]
    private static partial Regex OutOfOffice();

    [GeneratedRegex(@"^\s*(?:undeliver(?:ed|able)|delivery status notification \(failure\)|mail delivery (?:failed|failure|subsystem)|returned mail|failure notice|unzustellbar|non remis|no se puede entregar)", RegexOptions.IgnoreCase)]
    private static partial Regex UndeliverableSubject();
}
