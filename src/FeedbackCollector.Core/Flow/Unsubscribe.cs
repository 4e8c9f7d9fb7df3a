using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Tokens;

namespace FeedbackCollector.Core.Flow;

public enum UnsubscribeStatus { Unsubscribed, AlreadyUnsubscribed, InvalidLink }

public sealed record UnsubscribeOutcome(UnsubscribeStatus Status, string? Detail = null);

/// <summary>For the confirm page: whether the link is genuine and whose address it stops, partly hidden.</summary>
public sealed record UnsubscribeLink(bool Valid, string? MaskedAddress);

/// <summary>
/// One-click unsubscribe (RFC 8058 POST, or the visible link's page). An expired but genuine token still
/// unsubscribes: the right to stop mail does not lapse with the star links. The customer's email and
/// phone both go on the suppression list, so no later ask or nudge reaches them.
/// </summary>
public sealed class Unsubscribe(IAskStore asks, ISuppressionList suppression, AskTokens tokens, TimeProvider time)
{
    /// <summary>Read-only, for the GET of the visible link; nothing changes until the POST.</summary>
    public async Task<UnsubscribeLink> CheckAsync(string token, CancellationToken ct = default)
    {
        var (ask, _) = await FindAsync(token, ct);
        return ask is null ? new UnsubscribeLink(false, null) : new UnsubscribeLink(true, Mask(ask.Customer.Email ?? ask.Customer.Phone));
    }

    public async Task<UnsubscribeOutcome> RunAsync(string token, CancellationToken ct = default)
    {
        var (ask, why) = await FindAsync(token, ct);
        if (ask is null) return new UnsubscribeOutcome(UnsubscribeStatus.InvalidLink, why);
        var now = time.GetUtcNow();
        var already = true;
        foreach (var address in new[] { ask.Customer.Email, ask.Customer.Phone })
        {
            if (string.IsNullOrWhiteSpace(address) || await suppression.IsSuppressedAsync(address, ct)) continue;
            await suppression.AddAsync(address, "unsubscribe", now, ct);
            already = false;
        }
        return new UnsubscribeOutcome(already ? UnsubscribeStatus.AlreadyUnsubscribed : UnsubscribeStatus.Unsubscribed);
    }

    private async Task<(Model.Ask? Ask, string? Why)> FindAsync(string token, CancellationToken ct)
    {
        var check = tokens.Verify(token ?? "", time.GetUtcNow(), TokenPurpose.Unsubscribe);
        if (check.Status is not (TokenStatus.Valid or TokenStatus.Expired)) return (null, check.Status.ToString().ToLowerInvariant());
        var ask = await asks.GetAsync(check.CustomerId!, check.AskId!, ct);
        return ask is null ? (null, "no such ask") : (ask, null);
    }

    /// <summary>"a***@example.com" or "***4567": enough to recognise, not enough to harvest.</summary>
    public static string? Mask(string? address)
    {
        if (string.IsNullOrWhiteSpace(address)) return null;
        var at = address.IndexOf('@', StringComparison.Ordinal);
        if (at > 0) return address[0] + "***" + address[at..];
        var digits = new string([.. address.Where(char.IsAsciiDigit)]);
        return "***" + (digits.Length > 4 ? digits[^4..] : digits);
    }
}
