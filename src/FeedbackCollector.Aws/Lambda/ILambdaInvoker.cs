namespace FeedbackCollector.Aws.Lambda;

/// <summary>
/// Hands a payload to another of our functions without waiting for it (reply-handler → router → dispatch).
/// Throws <see cref="Http.AwsServiceException"/> when Lambda did not accept the event.
/// </summary>
public interface ILambdaInvoker
{
    /// <summary>Queues one asynchronous invocation; returns once Lambda has accepted it (HTTP 202).</summary>
    Task InvokeAsync(string functionName, ReadOnlyMemory<byte> payload, CancellationToken ct = default);
}
