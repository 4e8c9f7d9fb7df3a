using System.Text;
using System.Text.Json;
using FeedbackCollector.Lambda.Logging;
using FeedbackCollector.Lambda.Roles;
using FeedbackCollector.Lambda.Runtime;
using FeedbackCollector.Lambda.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace FeedbackCollector.Lambda.Tests.Runtime;

public sealed class LambdaLoopTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 28, 3, 0, 0, TimeSpan.Zero));
    private readonly FakeEnvironment _env = new(new() { ["FC_ROLE"] = "router" });
    private readonly StringWriter _log = new();
    private readonly CancellationTokenSource _stop = new();

    private Invocation Event(string id, string json = "{}", string? trace = null, TimeSpan? left = null) =>
        new(id, _clock.GetUtcNow().Add(left ?? TimeSpan.FromSeconds(30)).ToUnixTimeMilliseconds(), "arn:aws:lambda:ap-southeast-1:1:function:f", trace, Encoding.UTF8.GetBytes(json));

    private Task<int> RunAsync(ScriptedRuntimeApi api, IInvocationHandler handler, Action? onInit = null) =>
        new LambdaLoop(api, _env, _clock, new WorkLog(_log)).RunAsync(_ =>
        {
            onInit?.Invoke();
            return Task.FromResult(handler);
        }, _stop.Token);

    private static HandlerResult Ok(string outcome = "done") => new(Encoding.UTF8.GetBytes("{\"ok\":true}"), outcome);

    [Fact]
    public async Task A_handler_exception_is_reported_as_an_invocation_error_and_the_loop_goes_on()
    {
        var api = new ScriptedRuntimeApi(_stop, Event("r1", "{\"boom\":1}"), Event("r2"));
        var handler = new LambdaHandler((payload, _, _) => payload.Length > 2
            ? throw new InvalidOperationException("the store is down")
            : Task.FromResult(Ok()));

        var code = await RunAsync(api, handler);

        code.Should().Be(0);
        api.Errors.Should().ContainSingle().Which.Should().Match<(string RequestId, RuntimeError Error)>(e =>
            e.RequestId == "r1" && e.Error.ErrorType == "InvalidOperationException" && e.Error.ErrorMessage == "the store is down");
        api.Errors[0].Error.StackTrace.Should().NotBeEmpty();
        api.Responses.Select(r => r.RequestId).Should().Equal("r2");
    }

    [Fact]
    public async Task An_init_exception_is_reported_as_an_init_error_and_the_loop_exits_non_zero_without_asking_for_events()
    {
        var api = new ScriptedRuntimeApi(_stop, Event("r1"));

        var code = await new LambdaLoop(api, _env, _clock, new WorkLog(_log))
            .RunAsync(_ => Task.FromException<IInvocationHandler>(new UnknownRoleException("FC_ROLE 'x' is not a role")), _stop.Token);

        code.Should().Be(LambdaLoop.InitFailed);
        api.InitError!.ErrorType.Should().Be("UnknownRoleException");
        api.InitError.ErrorMessage.Should().Contain("FC_ROLE 'x'");
        api.NextCalls.Should().Be(0);
    }

    [Fact]
    public async Task Init_runs_once_for_many_invocations()
    {
        var inits = 0;
        var api = new ScriptedRuntimeApi(_stop, Event("r1"), Event("r2"), Event("r3"));

        await RunAsync(api, new LambdaHandler((_, _, _) => Task.FromResult(Ok())), () => inits++);

        inits.Should().Be(1);
        api.Responses.Should().HaveCount(3);
    }

    [Fact]
    public async Task Each_invocation_sees_its_own_trace_header_and_context()
    {
        var seen = new List<(string? Trace, InvocationContext Context)>();
        var api = new ScriptedRuntimeApi(_stop, Event("r1", trace: "Root=1-a"), Event("r2"));
        var handler = new LambdaHandler((_, context, _) =>
        {
            seen.Add((_env.Get(LambdaLoop.TraceVariable), context));
            return Task.FromResult(Ok());
        });

        await RunAsync(api, handler);

        seen.Select(s => s.Trace).Should().Equal("Root=1-a", null);
        seen[0].Context.RequestId.Should().Be("r1");
        seen[0].Context.Deadline.Should().Be(_clock.GetUtcNow().AddSeconds(30));
        seen[0].Context.FunctionArn.Should().EndWith(":function:f");
    }

    [Fact]
    public async Task A_handler_past_its_deadline_gets_a_cancelled_token_and_the_error_is_reported()
    {
        var api = new ScriptedRuntimeApi(_stop, Event("late", left: TimeSpan.FromMilliseconds(100)), Event("early"));
        var cancelled = new List<bool>();
        var handler = new LambdaHandler((_, _, ct) =>
        {
            cancelled.Add(ct.IsCancellationRequested);
            ct.ThrowIfCancellationRequested();
            return Task.FromResult(Ok());
        });

        await RunAsync(api, handler);

        cancelled.Should().Equal(true, false);
        api.Errors.Single().RequestId.Should().Be("late");
    }

    [Fact]
    public async Task Each_unit_of_work_writes_one_json_log_line_with_role_request_outcome_and_duration()
    {
        var api = new ScriptedRuntimeApi(_stop, Event("r1"), Event("r2", "{\"secret\":\"hunter2\"}"));
        var handler = new LambdaHandler((payload, _, _) => payload.Length > 2
            ? throw new FormatException("bad field")
            : Task.FromResult(Ok("recorded")));

        await RunAsync(api, handler);

        var lines = _log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        lines.Should().HaveCount(3, "init, then one line per invocation");
        lines[0].GetProperty("unit").GetString().Should().Be("init");
        lines[1].GetProperty("requestId").GetString().Should().Be("r1");
        lines[1].GetProperty("outcome").GetString().Should().Be("recorded");
        lines[1].GetProperty("role").GetString().Should().Be("test-role");
        lines[1].TryGetProperty("durationMs", out _).Should().BeTrue();
        lines[2].GetProperty("outcome").GetString().Should().Be("error");
        lines[2].GetProperty("errorType").GetString().Should().Be("FormatException");
        _log.ToString().Should().NotContain("hunter2", "event payloads are never logged");
    }
}
