namespace FeedbackCollector.Lambda.Runtime;

/// <summary>What the loop knows about the invocation being handled.</summary>
internal sealed record InvocationContext(string RequestId, DateTimeOffset? Deadline, string? FunctionArn, string? TraceId);

/// <summary>A handler's answer: the response document and a short outcome word for the log line.</summary>
internal sealed record HandlerResult(byte[] Payload, string Outcome)
{
    /// <summary>Owner alerts (Logging.OwnerAlerts) this invocation raised; the loop writes each as a metric line.</summary>
    public IReadOnlyList<string> Alerts { get; init; } = [];

    /// <summary>Problems this invocation got past; the loop writes each as a "warn" line after the invocation's line.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

/// <summary>Turns one event into one response. Throwing reports an invocation error; the loop goes on.</summary>
internal interface IInvocationHandler
{
    /// <summary>The role name the log line carries.</summary>
    string Name { get; }

    Task<HandlerResult> HandleAsync(ReadOnlyMemory<byte> payload, InvocationContext context, CancellationToken ct);
}
