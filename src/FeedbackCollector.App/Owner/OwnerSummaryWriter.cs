using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.App.Owner;

/// <summary>The monthly summary goes to the owner by email (rules.txt's address over the operator's), one Message-ID per month.</summary>
internal sealed class OwnerSummaryWriter(OwnerDocs docs, OwnerChannel channel, Func<IMailer> mailer, string fromAddress) : ISummaryWriter
{
    public async Task<SendResult> WriteAsync(string month, string subject, string text, CancellationToken ct = default)
    {
        var rules = (await docs.LoadAsync(ct)).Rules;
        return await mailer().SendAsync(new OutboundEmail(OwnerAddress.Email(rules, channel, fromAddress), fromAddress, null, subject, text, null,
            new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Auto-Submitted"] = "auto-generated" },
            $"summary-{month}@feedback-collector.local"), ct);
    }
}
