using System.Text;
using FeedbackCollector.Aws.Http;
using FeedbackCollector.Aws.Lambda;
using FeedbackCollector.Aws.Tests.Http;

namespace FeedbackCollector.Aws.Tests.Lambda;

/// <summary>
/// moto runs functions only inside Docker, which this machine does not have, so Invoke is checked against a
/// local fake that answers like Lambda's Event invocation (202, empty body).
/// </summary>
public sealed class LambdaInvokerTests
{
    [Fact]
    public async Task An_event_invoke_posts_the_payload_to_the_function_as_a_signed_async_invocation()
    {
        using var fake = new FakeAwsServer().Respond(new FakeResponse(202, ""));
        var invoker = new LambdaInvoker(TestClients.For(AwsService.Lambda, fake.BaseUri));

        await invoker.InvokeAsync("fc-router", """{"customerId":"c1","askId":"a1"}"""u8.ToArray(), Ct);

        var request = fake.Requests.Single();
        request.Method.Should().Be("POST");
        request.RawUrl.Should().Be("/2015-03-31/functions/fc-router/invocations");
        request.Header("X-Amz-Invocation-Type").Should().Be("Event");
        request.Header("Authorization").Should().Contain("/ap-southeast-1/lambda/aws4_request");
        request.BodyText.Should().Be("""{"customerId":"c1","askId":"a1"}""");
    }

    [Fact]
    public async Task A_function_arn_is_sent_as_one_encoded_path_segment()
    {
        using var fake = new FakeAwsServer().Respond(new FakeResponse(202, ""));
        var invoker = new LambdaInvoker(TestClients.For(AwsService.Lambda, fake.BaseUri));

        await invoker.InvokeAsync("arn:aws:lambda:ap-southeast-1:123456789012:function:fc-dispatch", "{}"u8.ToArray(), Ct);

        fake.Requests.Single().RawUrl.Should().Be(
            "/2015-03-31/functions/arn%3Aaws%3Alambda%3Aap-southeast-1%3A123456789012%3Afunction%3Afc-dispatch/invocations");
    }

    [Fact]
    public async Task Lambdas_too_many_requests_is_retried()
    {
        using var fake = new FakeAwsServer().Respond(FakeResponse.Error(429, "TooManyRequestsException"), new FakeResponse(202, ""));
        var invoker = new LambdaInvoker(TestClients.For(AwsService.Lambda, fake.BaseUri));

        await invoker.InvokeAsync("fc-router", "{}"u8.ToArray(), Ct);

        fake.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_missing_function_is_a_permanent_error()
    {
        using var fake = new FakeAwsServer().Respond(FakeResponse.Error(404, "ResourceNotFoundException", "Function not found"));
        var invoker = new LambdaInvoker(TestClients.For(AwsService.Lambda, fake.BaseUri));

        var thrown = await FluentActions.Awaiting(() => invoker.InvokeAsync("fc-nope", "{}"u8.ToArray())).Should().ThrowAsync<AwsServiceException>();

        thrown.Which.Should().Match<AwsServiceException>(e => !e.Transient && e.ErrorCode == "ResourceNotFoundException");
    }

    [Fact]
    public async Task A_payload_over_the_async_limit_is_refused_before_any_call()
    {
        using var fake = new FakeAwsServer();
        var invoker = new LambdaInvoker(TestClients.For(AwsService.Lambda, fake.BaseUri));

        await FluentActions.Awaiting(() => invoker.InvokeAsync("fc-router", Encoding.UTF8.GetBytes(new string('x', LambdaInvoker.MaxPayloadBytes + 1))))
            .Should().ThrowAsync<ArgumentException>();
        fake.Requests.Should().BeEmpty();
    }
}
