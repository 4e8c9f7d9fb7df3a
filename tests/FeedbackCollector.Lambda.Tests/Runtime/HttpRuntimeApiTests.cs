using System.Text;
using System.Text.Json;
using FeedbackCollector.Lambda.Runtime;
using FeedbackCollector.Lambda.Tests.Support;

namespace FeedbackCollector.Lambda.Tests.Runtime;

/// <summary>The HTTP client against the fake Runtime API server: the documented paths, headers and bodies.</summary>
public sealed class HttpRuntimeApiTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Next_reads_the_request_id_deadline_arn_trace_and_payload()
    {
        await using var server = new FakeRuntimeApiServer();
        var id = server.Enqueue("{\"kind\":\"warmup\"}", traceId: "Root=1-abc;Sampled=1");
        var api = HttpRuntimeApi.For(server.Address);

        var invocation = await api.NextAsync(TestContext.Current.CancellationToken).WaitAsync(Wait, TestContext.Current.CancellationToken);

        invocation.RequestId.Should().Be(id);
        invocation.TraceId.Should().Be("Root=1-abc;Sampled=1");
        invocation.FunctionArn.Should().Contain(":function:");
        invocation.Deadline.Should().BeAfter(DateTimeOffset.UtcNow);
        Encoding.UTF8.GetString(invocation.Payload).Should().Be("{\"kind\":\"warmup\"}");
    }

    [Fact]
    public async Task A_response_is_posted_to_the_invocation_response_path()
    {
        await using var server = new FakeRuntimeApiServer();
        var id = server.Enqueue("{}");
        var api = HttpRuntimeApi.For(server.Address);
        await api.NextAsync(TestContext.Current.CancellationToken).WaitAsync(Wait, TestContext.Current.CancellationToken);

        await api.RespondAsync(id, Encoding.UTF8.GetBytes("{\"ok\":1}"), TestContext.Current.CancellationToken);

        var posted = await server.ResultOf(id, Wait);
        posted.IsError.Should().BeFalse();
        posted.Body.Should().Be("{\"ok\":1}");
    }

    [Fact]
    public async Task An_invocation_error_carries_the_documented_body_and_error_type_header()
    {
        await using var server = new FakeRuntimeApiServer();
        var id = server.Enqueue("{}");
        var api = HttpRuntimeApi.For(server.Address);
        await api.NextAsync(TestContext.Current.CancellationToken).WaitAsync(Wait, TestContext.Current.CancellationToken);

        await api.ReportInvocationErrorAsync(id, new RuntimeError("it broke", "StoreException", ["at A", "at B"]), TestContext.Current.CancellationToken);

        var posted = await server.ResultOf(id, Wait);
        posted.IsError.Should().BeTrue();
        posted.ErrorTypeHeader.Should().Be("StoreException");
        var body = JsonDocument.Parse(posted.Body).RootElement;
        body.GetProperty("errorMessage").GetString().Should().Be("it broke");
        body.GetProperty("errorType").GetString().Should().Be("StoreException");
        body.GetProperty("stackTrace").EnumerateArray().Select(e => e.GetString()).Should().Equal("at A", "at B");
    }

    [Fact]
    public async Task An_init_error_is_posted_to_the_init_error_path()
    {
        await using var server = new FakeRuntimeApiServer();
        var api = HttpRuntimeApi.For(server.Address);

        await api.ReportInitErrorAsync(new RuntimeError("FC_ROLE is not set", "UnknownRoleException", []), TestContext.Current.CancellationToken);

        var posted = await server.InitError(Wait);
        posted.ErrorTypeHeader.Should().Be("UnknownRoleException");
        posted.Body.Should().Contain("FC_ROLE is not set");
    }

    [Fact]
    public async Task An_unreachable_runtime_api_fails_with_an_http_error()
    {
        var api = HttpRuntimeApi.For("127.0.0.1:9");

        var next = () => api.NextAsync(TestContext.Current.CancellationToken);

        await next.Should().ThrowAsync<HttpRequestException>();
    }
}
