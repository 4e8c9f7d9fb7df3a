using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Lambda.Composition;

/// <summary>The AWS runtime has no SMS channel yet; a send is a permanent failure the flow records, not an exception.</summary>
internal sealed class NoSmsSender : ISmsSender
{
    public Task<SendResult> SendAsync(string phone, string text, CancellationToken ct = default) =>
        Task.FromResult(SendResult.Failed("SMS is not available in the AWS runtime", transient: false));
}
