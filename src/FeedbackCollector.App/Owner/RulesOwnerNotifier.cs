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
        var email = new EmailOwnerNotifier(mailer(), OwnerAddress.Email(rules, channel, fromAddress), fromAddress);
        if (OwnerAddress.SlackUser(rules, channel) is not { } user) return await email.NotifyAsync(ping, ct);
        var slack = await new SlackOwnerNotifier(channel.Http, new SlackOptions(channel.SlackBotToken!, user)).NotifyAsync(ping, ct);
        if (slack.Sent || slack.Transient) return slack;
        var fallback = await email.NotifyAsync(ping, ct);
        return fallback.Sent ? SendResult.Ok("email (slack failed: " + slack.Error + ")") : fallback;
    }
}
