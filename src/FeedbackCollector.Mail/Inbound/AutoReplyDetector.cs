using System.Text.RegularExpressions;
using FeedbackCollector.Mail.Inbound.Markers;
using MimeKit;

namespace FeedbackCollector.Mail.Inbound;

/// <summary>
/// Recognises mail a machine sent (RFC 3834 Auto-Submitted, the vendor headers, RFC 3464 delivery
/// reports, RFC 5965 abuse reports, postmaster senders, out-of-office subjects and first lines in every
/// language of <see cref="ReplyLanguages"/>), so it is never taken as a customer's feedback.
/// Headers are checked before the subject and the text because they are the sender's own statement.
/// </summary>
public static partial class AutoReplyDetector
{
    public static AutoReplyVerdict Detect(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Bounce(message) ?? FromHeaders(message.Headers) ?? FromSubject(message.Subject) ?? AutoReplyVerdict.Human;
    }

    /// <summary>As <see cref="Detect(MimeMessage)"/>, then the reply's first line ("I am out of the office until …").</summary>
    public static AutoReplyVerdict Detect(MimeMessage message, string newText)
    {
        var verdict = Detect(message);
        return verdict.IsAutomatic ? verdict : FromFirstLines(newText);
    }

    /// <summary>An out-of-office notice known only by its text: the first non-blank line opens with the phrase.</summary>
    public static AutoReplyVerdict FromFirstLines(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = text.AsSpan().TrimStart();
        var end = first.IndexOf('\n');
        var line = (end < 0 ? first : first[..end]).ToString();
        return line.Length <= 500 && (ReplyMarkers.OutOfOfficeTitle.IsMatch(line) || ReplyMarkers.OutOfOfficeSentence.IsMatch(line))
            ? new(AutoReplyKind.AutoReply, "first line: " + line.Trim())
            : AutoReplyVerdict.Human;
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
        // Exchange marks its own automatic replies (OOF, rules) so that other robots do not answer them.
        if (headers["X-Auto-Response-Suppress"] is { } suppress && SuppressedByRobot().IsMatch(suppress))
            return new(AutoReplyKind.AutoReply, "X-Auto-Response-Suppress: " + suppress.Trim());
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
        if (subject.Length <= 1000 && ReplyMarkers.OutOfOfficeSubject.IsMatch(subject)) return new(AutoReplyKind.AutoReply, "subject: " + subject.Trim());
        return UndeliverableSubject().IsMatch(subject) ? new(AutoReplyKind.Bounce, "subject: " + subject.Trim()) : null;
    }

    [GeneratedRegex(@"^\s*(?:All|OOF|AutoReply)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SuppressedByRobot();

    [GeneratedRegex(@"^\s*(?:undeliver(?:ed|able)|delivery status notification \(failure\)|mail delivery (?:failed|failure|subsystem)|returned mail|failure notice|unzustellbar|non remis|no se puede entregar)", RegexOptions.IgnoreCase)]
    private static partial Regex UndeliverableSubject();
}
