using FeedbackCollector.Aws.Http;

namespace FeedbackCollector.Aws.Lambda;

/// <summary>
/// Lambda Invoke with InvocationType Event: Lambda queues the event, retries the function itself, and we
/// return as soon as it is accepted. Payloads over the asynchronous limit are refused before the call.
/// </summary>
public sealed class LambdaInvoker(AwsServiceClient client) : ILambdaInvoker
{
    /// <summary>Lambda's documented limit for an asynchronous invocation payload.</summary>
    public const int MaxPayloadBytes = 256 * 1024;

    public async Task InvokeAsync(string functionName, ReadOnlyMemory<byte> payload, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(functionName);
        if (payload.Length > MaxPayloadBytes)
        {
            throw new ArgumentException($"Payload is {payload.Length} bytes; an async invoke takes at most {MaxPayloadBytes}.", nameof(payload));
        }
        var call = new AwsCall(HttpMethod.Post, ["2015-03-31", "functions", functionName, "invocations"],
            payload.ToArray(), "application/json", Headers: [new("X-Amz-Invocation-Type", "Event")]);
        var response = await client.SendAsync(call, ct).ConfigureAwait(false);
        if (response.StatusCode != 202)
        {
            throw new AwsServiceException("lambda", "UnexpectedStatus", response.StatusCode, "an Event invoke should be accepted with 202");
        }
    }
}
