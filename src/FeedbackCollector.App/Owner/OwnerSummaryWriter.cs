using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Summary;
using FeedbackCollector.Mail.Owner;

namespace FeedbackCollector.App.Owner;

/// <summary>The monthly summary by email to the owner's address in force (rules.txt's over the operator's), decided per month.</summary>
internal sealed class OwnerSummaryWriter(OwnerDocs docs, OwnerChannel channel, Func<IMailer> mailer, string fromAddress) : ISummaryWriter
{
    public async Task<SendResult> WriteAsync(SummaryLetter letter, CancellationToken ct = default)
    {
        var rules = (await docs.LoadAsync(ct)).Rules;
        var to = OwnerAddress.Email(rules, channel, fromAddress);
        return await new EmailSummaryWriter(mailer(), to, fromAddress).WriteAsync(letter, ct);
    }
}
