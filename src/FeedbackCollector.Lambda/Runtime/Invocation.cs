namespace FeedbackCollector.Lambda.Runtime;

/// <summary>One event handed out by the Runtime API's next call, with the headers that describe it.</summary>
/// <param name="DeadlineMs">Lambda-Runtime-Deadline-Ms: Unix epoch milliseconds when the invocation times out.</param>
/// <param name="TraceId">Lambda-Runtime-Trace-Id (X-Ray), exported as _X_AMZN_TRACE_ID while the invocation runs.</param>
internal sealed record Invocation(
    string RequestId,
    long DeadlineMs,
    string? FunctionArn,
    string? TraceId,
    byte[] Payload)
{
    public DateTimeOffset Deadline => DateTimeOffset.FromUnixTimeMilliseconds(DeadlineMs);
}
