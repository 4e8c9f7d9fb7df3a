using FeedbackCollector.Core.Rules;

namespace FeedbackCollector.App.Owner;

/// <summary>
/// Where the owner is reached: rules.txt's "Owner email:" / "Owner Slack:" override the operator's settings
/// (on both runtimes), and the sender address is the last resort for email, so a ping is never dropped.
/// </summary>
internal static class OwnerAddress
{
    public static string Email(BusinessRules rules, OwnerChannel channel, string fromAddress) =>
        rules.Owner.Email ?? channel.Email ?? fromAddress;

    /// <summary>The Slack id pings go to: only where this role holds the bot token that can send them.</summary>
    public static string? SlackUser(BusinessRules rules, OwnerChannel channel) =>
        string.IsNullOrEmpty(channel.SlackBotToken) ? null : SlackId(rules, channel);

    /// <summary>
    /// Who a decision on an owner link is recorded as: the owner's Slack id when one is configured, else "owner". It
    /// does not ask for the bot token: on AWS the page is served by reply-handler, which may not read that secret.
    /// </summary>
    public static string DecidedBy(BusinessRules rules, OwnerChannel channel) => SlackId(rules, channel) ?? "owner";

    private static string? SlackId(BusinessRules rules, OwnerChannel channel) =>
        rules.Owner.SlackUserId ?? (string.IsNullOrEmpty(channel.SlackUserId) ? null : channel.SlackUserId);
}
