using FeedbackCollector.Aws.Http;
using FeedbackCollector.Aws.Signing;

namespace FeedbackCollector.Aws.Tests.Http;

public sealed class AwsServiceClientTests
{
    private static readonly AwsCall Ping = new(HttpMethod.Post, ["ping", "a b:c"], "{}"u8.ToArray(), "application/json",
        Query: [new("x", "1 2")]);

    [Fact]
    public async Task A_request_is_signed_for_the_endpoints_service_and_region_and_sent_to_its_encoded_path()
    {
        using var fake = new FakeAwsServer().Respond(FakeResponse.Json("{}"));
        var client = TestClients.For(AwsService.Scheduler, fake.BaseUri);

        await client.SendAsync(Ping, Ct);

        var request = fake.Requests.Single();
        request.RawUrl.Should().Be("/ping/a%20b%3Ac?x=1%202");
        request.Header("Authorization").Should().StartWith("AWS4-HMAC-SHA256 Credential=AKIDTEST/")
            .And.Contain("/ap-southeast-1/scheduler/aws4_request");
        request.Header("X-Amz-Security-Token").Should().Be("session-token-1");
        request.Header("Host").Should().Be(fake.BaseUri.Authority);
    }

    [Fact]
    public async Task Throttling_is_retried_and_a_later_success_returned()
    {
        using var fake = new FakeAwsServer().Respond(FakeResponse.Error(429, "ThrottlingException"), FakeResponse.Json("""{"ok":1}"""));
        var client = TestClients.For(AwsService.Scheduler, fake.BaseUri);

        var response = await client.SendAsync(Ping, Ct);

        response.StatusCode.Should().Be(200);
        fake.Requests.Should().HaveCount(2);
        fake.Requests.Select(r => r.Header("X-Amz-Date")).Should().OnlyContain(d => d.Length == 16);
    }

    [Fact]
    public async Task Persistent_5xx_gives_up_after_the_attempts_as_a_transient_error()
    {
        using var fake = new FakeAwsServer().Respond(FakeResponse.Error(503, "ServiceUnavailableException"));
        var client = TestClients.For(AwsService.Scheduler, fake.BaseUri);

        var thrown = await FluentActions.Awaiting(() => client.SendAsync(Ping, default)).Should().ThrowAsync<AwsServiceException>();

        thrown.Which.Transient.Should().BeTrue();
        thrown.Which.ErrorCode.Should().Be("ServiceUnavailableException");
        fake.Requests.Should().HaveCount(TestClients.FastRetry.MaxAttempts);
    }

    [Fact]
    public async Task A_validation_error_is_permanent_and_not_retried()
    {
        using var fake = new FakeAwsServer().Respond(new FakeResponse(400, """{"__type":"com.amazon#ValidationException","message":"bad name"}"""));
        var client = TestClients.For(AwsService.Scheduler, fake.BaseUri);

        var thrown = await FluentActions.Awaiting(() => client.SendAsync(Ping, default)).Should().ThrowAsync<AwsServiceException>();

        thrown.Which.Should().Match<AwsServiceException>(e => !e.Transient && e.ErrorCode == "ValidationException" && e.ServiceMessage == "bad name");
        fake.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task A_timeout_is_a_transient_error_not_a_cancellation()
    {
        using var fake = new FakeAwsServer();
        var http = new HttpClient(new DelayingHandler()) { Timeout = TimeSpan.FromMilliseconds(50) };
        var client = TestClients.For(AwsService.Scheduler, fake.BaseUri, http: http);

        var thrown = await FluentActions.Awaiting(() => client.SendAsync(Ping, default)).Should().ThrowAsync<AwsServiceException>();

        thrown.Which.Should().Match<AwsServiceException>(e => e.Transient && e.ErrorCode == "RequestTimeout");
    }

    [Fact]
    public async Task Retries_wait_on_the_injected_clock()
    {
        using var fake = new FakeAwsServer().Respond(FakeResponse.Error(429, "ThrottlingException"), FakeResponse.Json("{}"));
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        var client = new AwsServiceClient(new HttpClient(), new AwsEndpoint(fake.BaseUri, "us-east-1", "scheduler"),
            new StaticCredentialsProvider(TestClients.Credentials), time, new AwsRetryOptions(3, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5)));

        var send = client.SendAsync(Ping, Ct);
        await WaitUntil(() => fake.Requests.Count == 1);
        await Task.Delay(100, Ct);
        send.IsCompleted.Should().BeFalse("the backoff has not elapsed on the fake clock");
        time.Advance(TimeSpan.FromMinutes(1));

        (await send).StatusCode.Should().Be(200);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++) await Task.Delay(10);
        condition().Should().BeTrue();
    }

    private sealed class DelayingHandler : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            await Task.Delay(TimeSpan.FromSeconds(10), ct);
            return new HttpResponseMessage(System.Net.HttpStatusCode.OK);
        }
    }
}
