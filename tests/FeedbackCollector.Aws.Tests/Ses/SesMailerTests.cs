using System.Text.Json.Nodes;
using FeedbackCollector.Aws.Http;
using FeedbackCollector.Aws.Ses;
using FeedbackCollector.Aws.Tests.Http;
using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Aws.Tests.Ses;

/// <summary>SESv2 behaviour moto does not model: throttling and the exact request shape.</summary>
public sealed class SesMailerTests
{
    private static readonly OutboundEmail Email = new("dana@example.org", "shop@example.com", null, "Hi", "text", null,
        new Dictionary<string, string>(), "m1@fc.example.com");

    [Fact]
    public async Task The_request_carries_the_raw_mime_base64_and_is_signed_for_ses()
    {
        using var fake = new FakeAwsServer().Respond(FakeResponse.Json("""{"MessageId":"0100-abc"}"""));

        var result = await new SesMailer(TestClients.For(AwsService.SesV2, fake.BaseUri), TimeProvider.System,
            new SesMailerOptions("fc-events")).SendAsync(Email, Ct);

        result.Should().Be(SendResult.Ok("0100-abc"));
        var request = fake.Requests.Single();
        request.RawUrl.Should().Be("/v2/email/outbound-emails");
        request.Header("Authorization").Should().Contain("/ap-southeast-1/ses/aws4_request");
        var body = JsonNode.Parse(request.BodyText)!;
        body["ConfigurationSetName"]!.GetValue<string>().Should().Be("fc-events");
        body["Destination"]!["ToAddresses"]![0]!.GetValue<string>().Should().Be("dana@example.org");
        var mime = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(body["Content"]!["Raw"]!["Data"]!.GetValue<string>()));
        mime.Should().Contain("Message-Id: <m1@fc.example.com>").And.Contain("Subject: Hi");
    }

    [Fact]
    public async Task Bounces_and_complaints_are_forwarded_to_the_asks_reply_address_with_its_token()
    {
        using var fake = new FakeAwsServer().Respond(FakeResponse.Json("""{"MessageId":"0100-abc"}"""));
        var ask = Email with { ReplyTo = "Kopi & Co <r-tok3n@reply.example.com>" };

        await new SesMailer(TestClients.For(AwsService.SesV2, fake.BaseUri), TimeProvider.System).SendAsync(ask, Ct);

        JsonNode.Parse(fake.Requests.Single().BodyText)!["FeedbackForwardingEmailAddress"]!.GetValue<string>()
            .Should().Be("r-tok3n@reply.example.com");
    }

    [Fact]
    public async Task Without_a_reply_address_or_with_forwarding_off_ses_keeps_its_default_feedback_address()
    {
        using var fake = new FakeAwsServer().Respond(FakeResponse.Json("""{"MessageId":"0100-abc"}"""));
        var client = TestClients.For(AwsService.SesV2, fake.BaseUri);

        await new SesMailer(client, TimeProvider.System).SendAsync(Email, Ct);
        await new SesMailer(client, TimeProvider.System, new SesMailerOptions(FeedbackToReplyAddress: false))
            .SendAsync(Email with { ReplyTo = "r-tok3n@reply.example.com" }, Ct);

        fake.Requests.Select(r => JsonNode.Parse(r.BodyText)!.AsObject().ContainsKey("FeedbackForwardingEmailAddress")).Should().Equal(false, false);
    }

    [Fact]
    public async Task Throttling_that_persists_is_a_transient_failure()
    {
        using var fake = new FakeAwsServer().Respond(FakeResponse.Error(429, "TooManyRequestsException"));

        var result = await new SesMailer(TestClients.For(AwsService.SesV2, fake.BaseUri), TimeProvider.System).SendAsync(Email, Ct);

        result.Sent.Should().BeFalse();
        result.Transient.Should().BeTrue();
        fake.Requests.Should().HaveCount(TestClients.FastRetry.MaxAttempts);
    }

    [Fact]
    public async Task An_unparseable_address_is_a_permanent_failure_without_a_call()
    {
        using var fake = new FakeAwsServer();

        var result = await new SesMailer(TestClients.For(AwsService.SesV2, fake.BaseUri), TimeProvider.System)
            .SendAsync(Email with { To = "not an address <" }, Ct);

        result.Should().Match<SendResult>(r => !r.Sent && !r.Transient);
        fake.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task A_header_that_would_override_the_emails_own_fields_is_a_permanent_failure_without_a_call()
    {
        using var fake = new FakeAwsServer();
        var email = Email with { Headers = new Dictionary<string, string> { ["Reply-To"] = "attacker@example.net" } };

        var result = await new SesMailer(TestClients.For(AwsService.SesV2, fake.BaseUri), TimeProvider.System).SendAsync(email, Ct);

        result.Should().Match<SendResult>(r => !r.Sent && !r.Transient);
        fake.Requests.Should().BeEmpty();
    }
}
