using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Mail.Owner;

/// <summary>The design's choice of owner channel: Slack when a bot token is configured, else email through the mail path.</summary>
public static class OwnerNotifiers
{
    public static IOwnerNotifier Choose(SlackOptions? slack, HttpClient http, IMailer mailer, string ownerEmail, string fromAddress) =>
        slack is { BotToken.Length: > 0, OwnerUserId.Length: > 0 }
            ? new SlackOwnerNotifier(http, slack)
            : new EmailOwnerNotifier(mailer, ownerEmail, fromAddress);
}
