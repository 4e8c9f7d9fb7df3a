using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Cli.Composition;

/// <summary>The local runtime sends no SMS (SmsEnabled is off); a call here is a permanent failure, not a silent drop.</summary>
internal sealed class NoSmsSender : ISmsSender
{
    public Task<SendResult> SendAsync(string phone, string text, CancellationToken ct = default) =>
        Task.FromResult(SendResult.Failed("SMS is not available in the local runtime", transient: false));
}
