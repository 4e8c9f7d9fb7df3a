using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.App;

/// <summary>No SMS provider is set up: every SMS is a permanent failure that says so (the ask is closed with the reason, never retried).</summary>
public sealed class DisabledSmsSender : ISmsSender
{
    public Task<SendResult> SendAsync(string phone, string text, CancellationToken ct = default) =>
        Task.FromResult(SendResult.Failed("SMS is not set up for this collector", transient: false));
}
