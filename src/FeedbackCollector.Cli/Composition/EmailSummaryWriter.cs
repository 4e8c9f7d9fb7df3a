using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Cli.Composition;

/// <summary>The monthly summary goes to the owner by email through the same mail path as everything else.</summary>
internal sealed class EmailSummaryWriter(IMailer mailer, string ownerEmail, string fromAddress) : ISummaryWriter
{
    public Task<SendResult> WriteAsync(string month, string subject, string text, CancellationToken ct = default) =>
        mailer.SendAsync(new OutboundEmail(ownerEmail, fromAddress, null, subject, text, null,
            new Dictionary<string, string>(), $"summary-{month}@feedback-collector.local"), ct);
}
