using FeedbackCollector.Lambda.Runtime;

namespace FeedbackCollector.Lambda.Tests.Support;

/// <summary>An in-memory Runtime API: hands out the scripted invocations, then stops the loop.</summary>
internal sealed class ScriptedRuntimeApi(CancellationTokenSource stop, params Invocation[] invocations) : IRuntimeApi
{
    private readonly Queue<Invocation> _pending = new(invocations);

    public List<(string RequestId, byte[] Payload)> Responses { get; } = [];
    public List<(string RequestId, RuntimeError Error)> Errors { get; } = [];
    public RuntimeError? InitError { get; private set; }
    public int NextCalls { get; private set; }

    public Task<Invocation> NextAsync(CancellationToken ct)
    {
        NextCalls++;
        if (_pending.TryDequeue(out var next)) return Task.FromResult(next);
        stop.Cancel();
        return Task.FromCanceled<Invocation>(stop.Token);
    }

    public Task RespondAsync(string requestId, byte[] payload, CancellationToken ct)
    {
        Responses.Add((requestId, payload));
        return Task.CompletedTask;
    }

    public Task ReportInvocationErrorAsync(string requestId, RuntimeError error, CancellationToken ct)
    {
        Errors.Add((requestId, error));
        return Task.CompletedTask;
    }

    public Task ReportInitErrorAsync(RuntimeError error, CancellationToken ct)
    {
        InitError = error;
        return Task.CompletedTask;
    }
}

/// <summary>A dictionary standing in for the process environment.</summary>
internal sealed class FakeEnvironment(Dictionary<string, string?>? values = null) : IEnvironment
{
    public Dictionary<string, string?> Values { get; } = values ?? [];

    public string? Get(string name) => Values.GetValueOrDefault(name);

    public void Set(string name, string? value) => Values[name] = value;
}

/// <summary>A handler made of a function, for driving the loop.</summary>
internal sealed class LambdaHandler(Func<ReadOnlyMemory<byte>, InvocationContext, CancellationToken, Task<HandlerResult>> handle) : IInvocationHandler
{
    public string Name => "test-role";

    public Task<HandlerResult> HandleAsync(ReadOnlyMemory<byte> payload, InvocationContext context, CancellationToken ct) =>
        handle(payload, context, ct);
}
