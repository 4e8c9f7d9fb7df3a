using FeedbackCollector.Web.Pages;

namespace FeedbackCollector.Web.Tests.Fakes;

internal sealed class FakeUnsubscribeSink : IUnsubscribeSink
{
    public List<string> Unsubscribed { get; } = [];

    public Task<UnsubscribeCheck> CheckAsync(string token, CancellationToken ct = default) =>
        Task.FromResult(new UnsubscribeCheck(token.StartsWith("good", StringComparison.Ordinal), "Salon Bella", "a***@example.com"));

    public Task<UnsubscribeResult> UnsubscribeAsync(string token, CancellationToken ct = default)
    {
        if (!token.StartsWith("good", StringComparison.Ordinal)) return Task.FromResult(UnsubscribeResult.InvalidLink);
        if (Unsubscribed.Contains(token)) return Task.FromResult(UnsubscribeResult.AlreadyUnsubscribed);
        Unsubscribed.Add(token);
        return Task.FromResult(UnsubscribeResult.Unsubscribed);
    }
}
