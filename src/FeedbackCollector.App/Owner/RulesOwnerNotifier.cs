using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Mail.Owner;

namespace FeedbackCollector.App.Owner;

/// <summary>
/// The owner ping on both runtimes: a Slack DM when a bot token and the owner's Slack id are known, else email.
/// A Slack ping that fails (user not found, token revoked, Slack down) goes by email at once, saying why, so an
/// unhappy customer's words reach the owner without waiting on Slack and the owner learns Slack needs a look; only
/// when email fails too is the ping undelivered (transient: dispatch retries; permanent: counted for the alarm).
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
        if (sent.Sent || chosen is EmailOwnerNotifier) return sent;
        var byEmail = ping with { Text = ping.Text + $"\n\n(Sent by email because Slack could not deliver it: {sent.Error})" };
        var fallback = await new EmailOwnerNotifier(mailer(), ownerEmail, fromAddress).NotifyAsync(byEmail, ct);
        return fallback.Sent ? SendResult.Ok("email (slack failed: " + sent.Error + ")") : fallback;
    }
}
