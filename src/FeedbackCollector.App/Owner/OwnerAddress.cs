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

    public static string? SlackUser(BusinessRules rules, OwnerChannel channel) =>
        string.IsNullOrEmpty(channel.SlackBotToken) ? null : rules.Owner.SlackUserId ?? channel.SlackUserId;
}
