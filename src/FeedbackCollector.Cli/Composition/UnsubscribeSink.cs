using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Tokens;
using FeedbackCollector.Web.Pages;

namespace FeedbackCollector.Cli.Composition;

/// <summary>The unsubscribe page's use case: a read-only look for the confirm page, Unsubscribe for the POST.</summary>
internal sealed class UnsubscribeSink(
    Unsubscribe unsubscribe, IAskStore asks, ISuppressionList suppression, OwnerDocs docs, AskTokens tokens, TimeProvider time)
    : IUnsubscribeSink
{
    public async Task<UnsubscribeCheck> CheckAsync(string token, CancellationToken ct = default)
    {
        var name = (await docs.LoadAsync(ct)).Rules.BusinessName;
        var address = await AddressOfAsync(token, ct);
        return new UnsubscribeCheck(address is not null, name, address is null ? null : Mask(address));
    }

    public async Task<UnsubscribeResult> UnsubscribeAsync(string token, CancellationToken ct = default)
    {
        var address = await AddressOfAsync(token, ct);
        if (address is null) return UnsubscribeResult.InvalidLink;
        if (await suppression.IsSuppressedAsync(address, ct)) return UnsubscribeResult.AlreadyUnsubscribed;
        var outcome = await unsubscribe.RunAsync(token, ct);
        return outcome.Status == UnsubscribeStatus.Unsubscribed ? UnsubscribeResult.Unsubscribed : UnsubscribeResult.InvalidLink;
    }

    // An expired link still unsubscribes: a person must always be able to stop the mail.
    private async Task<string?> AddressOfAsync(string token, CancellationToken ct)
    {
        var check = tokens.Verify(token ?? "", time.GetUtcNow());
        if (check.Status != TokenStatus.Valid && check.Status != TokenStatus.Expired) return null;
        var ask = await asks.GetAsync(check.CustomerId!, check.AskId!, ct);
        return ask?.Customer.Email ?? ask?.Customer.Phone;
    }

    private static string Mask(string address)
    {
        var at = address.IndexOf('@', StringComparison.Ordinal);
        return at <= 0 ? new string('*', Math.Max(0, address.Length - 3)) + address[Math.Max(0, address.Length - 3)..]
            : address[0] + "***" + address[at..];
    }
}
