using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Tokens;

namespace FeedbackCollector.Core.Flow;

public enum UnsubscribeStatus { Unsubscribed, InvalidLink }

public sealed record UnsubscribeOutcome(UnsubscribeStatus Status, string? Detail = null);

/// <summary>
/// One-click unsubscribe (RFC 8058 POST, or the visible link's page). An expired but genuine token still
/// unsubscribes: the right to stop mail does not lapse with the star links. The customer's email and
/// phone both go on the suppression list, so no later ask or nudge reaches them.
/// </summary>
public sealed class Unsubscribe(IAskStore asks, ISuppressionList suppression, AskTokens tokens, TimeProvider time)
{
    public async Task<UnsubscribeOutcome> RunAsync(string token, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var check = tokens.Verify(token ?? "", now);
        if (check.Status is not (TokenStatus.Valid or TokenStatus.Expired))
        {
            return new UnsubscribeOutcome(UnsubscribeStatus.InvalidLink, check.Status.ToString().ToLowerInvariant());
        }
        var ask = await asks.GetAsync(check.CustomerId!, check.AskId!, ct);
        if (ask is null) return new UnsubscribeOutcome(UnsubscribeStatus.InvalidLink, "no such ask");
        if (!string.IsNullOrWhiteSpace(ask.Customer.Email)) await suppression.AddAsync(ask.Customer.Email, "unsubscribe", now, ct);
        if (!string.IsNullOrWhiteSpace(ask.Customer.Phone)) await suppression.AddAsync(ask.Customer.Phone, "unsubscribe", now, ct);
        return new UnsubscribeOutcome(UnsubscribeStatus.Unsubscribed);
    }
}
