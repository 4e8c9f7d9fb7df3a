namespace FeedbackCollector.Lambda.Runtime;

/// <summary>
/// The Lambda Runtime API (2018-06-01) as the loop sees it. The HTTP client is the production
/// implementation; tests drive the loop with an in-memory double and the real client against a fake
/// HTTP server.
/// </summary>
internal interface IRuntimeApi
{
    /// <summary>GET /runtime/invocation/next: blocks until Lambda has an event for us.</summary>
    Task<Invocation> NextAsync(CancellationToken ct);

    /// <summary>POST /runtime/invocation/{id}/response.</summary>
    Task RespondAsync(string requestId, byte[] payload, CancellationToken ct);

    /// <summary>POST /runtime/invocation/{id}/error.</summary>
    Task ReportInvocationErrorAsync(string requestId, RuntimeError error, CancellationToken ct);

    /// <summary>POST /runtime/init/error: the environment could not start; Lambda will not send events.</summary>
    Task ReportInitErrorAsync(RuntimeError error, CancellationToken ct);
}
