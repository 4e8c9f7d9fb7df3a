using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Mail.Owner;

namespace FeedbackCollector.App.Owner;

/// <summary>
/// The owner ping on both runtimes: a Slack DM when a bot token and the owner's Slack id are known, else email.
/// A Slack ping that fails for good (user not found, token revoked) falls back to email, so an unhappy
/// customer's words always reach the owner; a transient Slack failure is reported so dispatch retries.
/// </summary>
internal sealed class RulesOwnerNotifier(OwnerDocs docs, OwnerChannel channel, Func<IMailer> mailer, string fromAddress) : IOwnerNotifier
{
    public async Task<SendResult> NotifyAsync(OwnerPing ping, CancellationToken ct = default)
    {
        var rules = (await docs.LoadAsync(ct)).Rules;
        var ownerEmail = OwnerAddress.Email(rules, channel, fromAddress);
        var slack = OwnerAddress.SlackUser(rules, channel) is { } user ? new SlackOptions(channel.SlackBotToken!, user) : null;
        var chosen = OwnerNotifiers.Choose(slack, channel.Http, mailer(), ownerEmail, fromAddress);
        var sent = await chosen.NotifyAsync(ping, ct);
        if (sent.Sent || sent.Transient || chosen is EmailOwnerNotifier) return sent;
        var fallback = await new EmailOwnerNotifier(mailer(), ownerEmail, fromAddress).NotifyAsync(ping, ct);
        return fallback.Sent ? SendResult.Ok("email (slack failed: " + sent.Error + ")") : fallback;
    }
}
