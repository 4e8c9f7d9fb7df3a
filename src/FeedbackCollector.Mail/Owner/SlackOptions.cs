namespace FeedbackCollector.Mail.Owner;

/// <summary>
/// Slack settings: a bot token (xoxb-…, from fc/slack/bot-token), the owner's Slack user id (a DM
/// channel) and the API base, which tests point at a local fake server.
/// </summary>
public sealed record SlackOptions(string BotToken, string OwnerUserId)
{
    public Uri ApiBase { get; init; } = new("https://slack.com/api/");

    public override string ToString() => $"slack owner={OwnerUserId} api={ApiBase}";
}
