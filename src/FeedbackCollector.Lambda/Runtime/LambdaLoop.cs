using System.Diagnostics;
using FeedbackCollector.Lambda.Logging;

namespace FeedbackCollector.Lambda.Runtime;

/// <summary>
/// The custom runtime's loop, shaped like aws-lambda-dotnet's RuntimeSupport: init once, then
/// next → handle → respond until the process is stopped. A handler exception becomes an invocation
/// error and the loop goes on; an init exception becomes an init error and the process exits non-zero.
/// </summary>
internal sealed class LambdaLoop(IRuntimeApi api, IEnvironment environment, TimeProvider clock, WorkLog log)
{
    /// <summary>The X-Ray trace header of the running invocation, as the AWS SDKs read it.</summary>
    public const string TraceVariable = "_X_AMZN_TRACE_ID";

    /// <summary>Time kept back from the deadline so the error can still be posted before Lambda kills us.</summary>
    private static readonly TimeSpan DeadlineMargin = TimeSpan.FromMilliseconds(300);

    /// <summary>Exit code when init failed (reported as an init error).</summary>
    public const int InitFailed = 1;

    /// <summary>Exit code when the Runtime API itself failed (nothing more can be reported).</summary>
    public const int RuntimeApiFailed = 2;

    public async Task<int> RunAsync(Func<CancellationToken, Task<IInvocationHandler>> init, CancellationToken stop)
    {
        var handler = await InitAsync(init, stop);
        if (handler is null) return InitFailed;
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var invocation = await api.NextAsync(stop);
                await HandleOneAsync(handler, invocation, stop);
            }
            return 0;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return 0;
        }
        catch (Exception error) when (error is RuntimeApiException or HttpRequestException)
        {
            log.Write(new WorkLogLine("error", handler.Name, "runtime-api", null, "runtime-api-failed", 0, error.GetType().Name, error.Message));
            return RuntimeApiFailed;
        }
    }

    private async Task<IInvocationHandler?> InitAsync(Func<CancellationToken, Task<IInvocationHandler>> init, CancellationToken stop)
    {
        var started = clock.GetTimestamp();
        try
        {
            var handler = await init(stop);
            log.Write(new WorkLogLine("info", handler.Name, "init", null, "ready", Elapsed(started), null, null));
            return handler;
        }
        catch (Exception error)
        {
            var reported = RuntimeError.From(error);
            log.Write(new WorkLogLine("error", environment.Get("FC_ROLE"), "init", null, "init-failed", Elapsed(started), reported.ErrorType, reported.ErrorMessage));
            await ReportInitErrorAsync(reported, stop);
            return null;
        }
    }

    private async Task ReportInitErrorAsync(RuntimeError reported, CancellationToken stop)
    {
        try
        {
            await api.ReportInitErrorAsync(reported, stop);
        }
        catch (Exception error) when (error is RuntimeApiException or HttpRequestException)
        {
            // Nothing is listening (a local run without the Runtime API): the log line above and the exit code still say why.
            log.Write(new WorkLogLine("error", environment.Get("FC_ROLE"), "init", null, "init-error-not-reported", 0, error.GetType().Name, error.Message));
        }
    }

    private async Task HandleOneAsync(IInvocationHandler handler, Invocation invocation, CancellationToken stop)
    {
        environment.Set(TraceVariable, invocation.TraceId);
        var started = clock.GetTimestamp();
        var context = new InvocationContext(invocation.RequestId, invocation.DeadlineMs > 0 ? invocation.Deadline : null,
            invocation.FunctionArn, invocation.TraceId);
        using var deadline = DeadlineToken(context.Deadline, stop);
        HandlerResult result;
        try
        {
            result = await handler.HandleAsync(invocation.Payload, context, deadline.Token);
        }
        catch (Exception error) when (!stop.IsCancellationRequested)
        {
            var reported = RuntimeError.From(error);
            log.Write(new WorkLogLine("error", handler.Name, "invoke", invocation.RequestId, "error", Elapsed(started), reported.ErrorType, reported.ErrorMessage));
            await api.ReportInvocationErrorAsync(invocation.RequestId, reported, stop);
            return;
        }
        await api.RespondAsync(invocation.RequestId, result.Payload, stop);
        log.Write(new WorkLogLine("info", handler.Name, "invoke", invocation.RequestId, result.Outcome, Elapsed(started), null, null));
        foreach (var warning in result.Warnings) log.Write(new WorkLogLine("warn", handler.Name, "invoke", invocation.RequestId, "warning", 0, null, warning));
        foreach (var alert in result.Alerts) log.Alert(handler.Name, alert, clock.GetUtcNow());
    }

    private CancellationTokenSource DeadlineToken(DateTimeOffset? deadline, CancellationToken stop)
    {
        var linked = CancellationTokenSource.CreateLinkedTokenSource(stop);
        if (deadline is { } at)
        {
            var left = at - clock.GetUtcNow() - DeadlineMargin;
            if (left > TimeSpan.Zero) linked.CancelAfter(left);
            else linked.Cancel();
        }
        return linked;
    }

    private long Elapsed(long started) => (long)clock.GetElapsedTime(started).TotalMilliseconds;
}
