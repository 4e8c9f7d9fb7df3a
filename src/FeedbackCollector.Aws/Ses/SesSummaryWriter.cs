using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Aws.Ses;

/// <summary>Where the monthly summary goes. MessageDomain names the Message-Id's right-hand side.</summary>
public sealed record SummaryMailOptions(string OwnerEmail, string FromEmail, string MessageDomain);

/// <summary>
/// Delivers the monthly summary as a plain email to the owner through any <see cref="IMailer"/> (SES on AWS).
/// The Message-Id is derived from the month, so a re-sent summary is recognisable as the same one.
/// </summary>
public sealed class SesSummaryWriter(IMailer mailer, SummaryMailOptions options) : ISummaryWriter
{
    public Task<SendResult> WriteAsync(string month, string subject, string text, CancellationToken ct = default)
    {
        var email = new OutboundEmail(options.OwnerEmail, options.FromEmail, null, subject, text, null,
            new Dictionary<string, string>(), $"summary-{month}@{options.MessageDomain}");
        return mailer.SendAsync(email, ct);
    }
}
