using System.Text.Json;
using FeedbackCollector.Lambda.Tests.Support;
using FeedbackCollector.Testing.Moto;

namespace FeedbackCollector.Lambda.Tests.Harness;

/// <summary>
/// The published x64 bootstrap, run as Lambda runs it (a process, AWS_LAMBDA_RUNTIME_API, FC_ROLE),
/// against a fake Runtime API on 127.0.0.1, with the recorded-shape events of each role.
/// </summary>
public sealed class BootstrapHarnessTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    public static TheoryData<string, string> RoleEvents => new()
    {
        { "drive-sync", "scheduler-drive-sync.json" },
        { "intake-webhook", "function-url-webhook.json" },
        { "calendar-sync", "scheduler-calendar-sync.json" },
        { "request-builder", "invoke-plan-visits.json" },
        { "request-builder", "scheduler-send-ask.json" },
        { "reply-handler", "function-url-get-tap.json" },
        { "reply-handler", "function-url-post-tap.json" },
        { "reply-handler", "s3-put-mime.json" },
        { "router", "invoke-route.json" },
        { "dispatch", "invoke-dispatch.json" },
        { "sweep-summary", "scheduler-daily-sweep.json" },
        { "sweep-summary", "scheduler-monthly-summary.json" },
    };

    [Theory]
    [MemberData(nameof(RoleEvents))]
    public async Task Each_role_routes_its_recorded_event_to_its_use_case_and_keeps_serving(string role, string eventFile)
    {
        await using var api = new FakeRuntimeApiServer();
        var first = api.Enqueue(RecordedEvents.Bytes(eventFile), traceId: "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1");
        var second = api.Enqueue(RecordedEvents.Bytes("warmup.json"));
        using var process = await StartAsync(role, api);

        var handled = await api.ResultOf(first, Wait);
        var warm = await api.ResultOf(second, Wait);

        // Every role's flow is composed; against a bare moto slice (no Google account, no schedule group, no
        // matching rows) a use case may fail on its own terms, but never with a parse or shape error.
        if (handled.IsError)
        {
            new[] { "UnsupportedEventException", "InvalidEventException", "UseCaseNotWiredException" }.Should().NotContain(ErrorType(handled), handled.Body);
        }
        warm.IsError.Should().BeFalse("the loop goes on after an invocation error");
        warm.Body.Should().Contain($"\"role\":\"{role}\"");
        LogLines(process).Should().Contain(line => line.Contains($"\"requestId\":\"{first}\"") && line.Contains($"\"role\":\"{role}\""));
    }

    [Fact]
    public async Task A_role_given_an_event_it_does_not_take_reports_an_unsupported_event()
    {
        await using var api = new FakeRuntimeApiServer();
        var id = api.Enqueue(RecordedEvents.Bytes("s3-put-mime.json"));
        using var process = await StartAsync("dispatch", api);

        var result = await api.ResultOf(id, Wait);

        result.IsError.Should().BeTrue();
        ErrorType(result).Should().Be("UnsupportedEventException");
        result.ErrorTypeHeader.Should().Be("UnsupportedEventException");
    }

    [Fact]
    public async Task An_unknown_role_fails_init_naming_the_valid_roles_and_the_process_exits_non_zero()
    {
        await using var api = new FakeRuntimeApiServer();
        using var process = await StartAsync("mailer", api);

        var initError = await api.InitError(Wait);

        JsonDocument.Parse(initError.Body).RootElement.GetProperty("errorMessage").GetString()
            .Should().Contain("'mailer'").And.Contain("drive-sync, intake-webhook, calendar-sync, request-builder, reply-handler, router, dispatch, sweep-summary");
        (await process.ExitCodeAsync(Wait)).Should().Be(1);
    }

    [Fact]
    public async Task Without_a_runtime_api_the_bootstrap_exits_non_zero_with_one_log_line()
    {
        var bootstrap = await PublishedBootstraps.X64BootstrapAsync();
        using var process = BootstrapProcess.Start(bootstrap, new Dictionary<string, string?> { ["FC_ROLE"] = "router" });

        (await process.ExitCodeAsync(Wait)).Should().NotBe(0);
        LogLines(process).Should().ContainSingle(line => line.Contains("\"outcome\":\"no-runtime-api\""));
    }

    /// <summary>Init reads Parameter Store and Secrets Manager, so the roles run against moto_server (skipped without it).</summary>
    private static async Task<BootstrapProcess> StartAsync(string role, FakeRuntimeApiServer api)
    {
        var bootstrap = await PublishedBootstraps.X64BootstrapAsync();
        if (role == "mailer")
        {
            return BootstrapProcess.Start(bootstrap, new Dictionary<string, string?> { ["FC_ROLE"] = role, ["AWS_LAMBDA_RUNTIME_API"] = api.Address });
        }
        var moto = await MotoSlice.CreateAsync();
        return BootstrapProcess.Start(bootstrap, moto.Environment(role, api.Address));
    }

    private static string? ErrorType(PostedResult result) =>
        JsonDocument.Parse(result.Body).RootElement.GetProperty("errorType").GetString();

    /// <summary>The process's JSON log lines; give stdout a moment to catch up with the posts.</summary>
    private static IReadOnlyList<string> LogLines(BootstrapProcess process)
    {
        for (var i = 0; i < 50 && process.Lines.Count(l => l.StartsWith('{')) < 2; i++) Thread.Sleep(100);
        return process.Lines.Where(l => l.StartsWith('{')).ToArray();
    }
}
