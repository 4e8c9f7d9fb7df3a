using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Mail.Owner;

/// <summary>
/// Delivers the monthly summary to the owner as a plain email through the same mail path as everything
/// else (outbox or relay locally, SES on AWS). The Message-ID is derived from the month, so a retried month
/// is the same mail: the outbox keeps one, and a mail client shows one.
/// </summary>
public sealed class EmailSummaryWriter(IMailer mailer, string ownerEmail, string fromAddress) : ISummaryWriter
{
    public Task<SendResult> WriteAsync(string month, string subject, string text, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(month);
        var email = new OutboundEmail(ownerEmail, fromAddress, null, subject, text, null,
            new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Auto-Submitted"] = "auto-generated" },
            MessageIdFor(month, fromAddress));
        return mailer.SendAsync(email, ct);
    }

    /// <summary>"summary-{month}@{the sender's domain}": stable per month and business.</summary>
    internal static string MessageIdFor(string month, string fromAddress) => $"summary-{month}@{SenderDomain.Of(fromAddress)}";
}
