using System.Text.RegularExpressions;
using FeedbackCollector.Core.Flow;
using MimeKit;

namespace FeedbackCollector.Mail.Inbound;

/// <summary>
/// Reads what a machine-written report says about a delivery: an RFC 3464 delivery status notification
/// (hard when a recipient's Action is "failed" with a 5.x.x Status, soft otherwise) or an RFC 5965 (ARF)
/// abuse report, which is how SES and mailbox providers forward a "this is spam" complaint. A bounce
/// known only by its subject or sender is not read: without a status we cannot tell hard from soft, and
/// suppressing a customer on a guess would lose them.
/// </summary>
public static partial class DeliveryReport
{
    public static DeliveryFailure? Read(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Body is not MultipartReport report) return null;
        if (string.Equals(report.ReportType, "feedback-report", StringComparison.OrdinalIgnoreCase))
            return new DeliveryFailure(DeliveryFailureKind.Complaint, "feedback-type " + FeedbackType(report));
        return string.Equals(report.ReportType, "delivery-status", StringComparison.OrdinalIgnoreCase) ? Status(report) : null;
    }

    private static DeliveryFailure? Status(MultipartReport report)
    {
        var status = report.OfType<MessageDeliveryStatus>().FirstOrDefault();
        if (status is null) return null;
        // The first group is about the message; each later one is one recipient.
        var recipients = status.StatusGroups.Skip(1).ToList();
        var hard = recipients.FirstOrDefault(g => IsFailed(g) && (g["Status"]?.Trim() ?? "").StartsWith('5'));
        if (hard is not null) return new DeliveryFailure(DeliveryFailureKind.HardBounce, Describe(hard));
        var other = recipients.FirstOrDefault(g => IsFailed(g) || IsDelayed(g));
        return other is null ? null : new DeliveryFailure(DeliveryFailureKind.SoftBounce, Describe(other));
    }

    private static bool IsFailed(HeaderList group) => string.Equals(group["Action"]?.Trim(), "failed", StringComparison.OrdinalIgnoreCase);

    private static bool IsDelayed(HeaderList group) => string.Equals(group["Action"]?.Trim(), "delayed", StringComparison.OrdinalIgnoreCase);

    private static string Describe(HeaderList group) =>
        $"{group["Status"]?.Trim()} {group["Action"]?.Trim()}".Trim() + (group["Diagnostic-Code"] is { } why ? ": " + Short(why) : "");

    private static string FeedbackType(MultipartReport report)
    {
        var part = report.OfType<MimePart>().FirstOrDefault(p => p.ContentType.IsMimeType("message", "feedback-report"));
        if (part?.Content is null) return "unknown";
        using var text = new MemoryStream();
        part.Content.DecodeTo(text);
        var match = FeedbackTypeLine().Match(System.Text.Encoding.UTF8.GetString(text.ToArray()));
        return match.Success ? match.Groups[1].Value.ToLowerInvariant() : "unknown";
    }

    private static string Short(string text)
    {
        var oneLine = string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return oneLine.Length > 200 ? oneLine[..200] : oneLine;
    }

    [GeneratedRegex(@"^Feedback-Type:\s*([A-Za-z-]+)", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex FeedbackTypeLine();
}
