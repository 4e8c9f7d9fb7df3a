using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Tokens;

namespace FeedbackCollector.Core.Flow;

/// <summary>The owner's signed decision links, <c>{public base}/o/{owner token}</c>: one answer, one action, <see cref="OwnerTokens.Lifetime"/>.</summary>
public sealed class OwnerLinks(CollectorSettings settings, OwnerTokens tokens)
{
    public const string PathPrefix = "/o/";

    public Uri For(string customerId, string askId, OwnerTokenAction action, DateTimeOffset now) =>
        new(settings.PublicBaseUrl.AbsoluteUri.TrimEnd('/') + PathPrefix + tokens.Issue(customerId, askId, action, now + OwnerTokens.Lifetime));

    public DecisionLink Decision(string customerId, string askId, OwnerTokenAction action, DateTimeOffset now) =>
        new(Label(action), For(customerId, askId, action, now));

    public static string Label(OwnerTokenAction action) => action switch
    {
        OwnerTokenAction.Happy => "Happy",
        OwnerTokenAction.Unhappy => "Unhappy",
        OwnerTokenAction.Dismiss => "Dismiss",
        _ => "Mark resolved",
    };
}
