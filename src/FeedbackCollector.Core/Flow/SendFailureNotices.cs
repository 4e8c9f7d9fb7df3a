using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Core.Flow;

/// <summary>
/// A customer message that failed for good (an ask, its follow-up or a review nudge the provider refused: a bad
/// address, a rejected number) is told to the owner through the owner channel (Slack, else email), with the
/// customer's contact links, so a person can reach the customer another way. The caller counts a notice that reached
/// nobody (the alarm sees it). Each failure is final when it is recorded, so it is told once.
/// </summary>
public sealed class SendFailureNotices(IAskStore asks, IOwnerNotifier owner)
{
    /// <param name="what">"feedback ask", "follow-up" or "review nudge".</param>
    /// <param name="reason">The provider's reason, for the owner (never a token).</param>
    public async Task<SendResult> TellAsync(string customerId, string askId, string what, string? reason, CancellationToken ct = default)
    {
        var ask = await asks.GetAsync(customerId, askId, ct);
        var name = ask is null || string.IsNullOrWhiteSpace(ask.Customer.FirstName) ? "a customer" : ask.Customer.FirstName;
        var address = ask is null ? null : string.Join(", ", new[] { ask.Customer.Email, ask.Customer.Phone }.Where(c => !string.IsNullOrWhiteSpace(c)));
        var text = $"The {what} to {name}{(string.IsNullOrEmpty(address) ? "" : $" ({address})")}"
            + (ask is null ? "" : $" after their {ask.VisitType}")
            + $" could not be delivered and will not be tried again: {reason ?? "the provider refused it"}.\n"
            + "The address or number may be wrong; reach them another way if you want their feedback.";
        return await owner.NotifyAsync(new OwnerPing(customerId, askId, $"Could not reach {name}: {what} not delivered", text,
            ask is null ? [] : OwnerPings.ContactLinks(ask.Customer)), ct);
    }
}
