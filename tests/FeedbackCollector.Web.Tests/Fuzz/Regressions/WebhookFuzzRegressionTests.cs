using System.Text;
using FeedbackCollector.Web.Tests.Fakes;
using FeedbackCollector.Web.Webhooks;
using FeedbackCollector.Web.Webhooks.Signatures;

namespace FeedbackCollector.Web.Tests.Fuzz.Regressions;

/// <summary>The minimised inputs the webhook fuzz suite found, each pinned as the bug it was.</summary>
public sealed class WebhookFuzzRegressionTests
{
    [Theory]
    [InlineData("generic", """{"\ud800":0,"source":"till"}""")]
    [InlineData("generic", """{"source_id":"r-1","status":"refunded","partial":true,"\ud8002mail":{"":null},"phone":"+6591234567"}""")]
    [InlineData("shopify", """{"id":1,"\ud800mail":"x"}""")]
    [InlineData("square", """{"type":"payment.updated","data":{"object":{"payment":{"\udbff":1}}}}""")]
    [InlineData("stripe", """{"\udbfftype":"charge.succeeded"}""")]
    [InlineData("woocommerce", """{"id":73,"billing":{"\ud800":""}}""")]
    public void A_lone_surrogate_escape_in_a_key_threw_InvalidOperationException_is_fixed_it_is_malformed_naming_the_body(string scheme, string body)
    {
        var request = new Http.WebRequest("POST", "/webhook/" + scheme, new Dictionary<string, string>(), new Dictionary<string, string>(),
            Encoding.UTF8.GetBytes(body), "203.0.113.9");

        var result = WebhookScheme.Normalize(scheme, request, new WebhookSchemeOptions("s"));

        result.Outcome.Should().Be(WebhookOutcome.Malformed);
        result.Reason.Should().Contain("body has a key that is not valid text");
    }

    [Fact]
    public async Task A_signed_webhook_with_a_lone_surrogate_key_is_answered_400_not_500()
    {
        var app = new TestApp();
        var body = Encoding.UTF8.GetBytes("""{"\ud800":0,"source":"till","source_id":"r-1","email":"mia@example.com","ended_at":"2026-03-02T10:00:00Z"}""");
        var headers = new Dictionary<string, string> { ["Content-Type"] = "application/json", [GenericSignature.Header] = GenericSignature.Sign("generic-secret", body) };

        var response = await app.Send(Requests.Post("/webhook", body, headers));

        response.Status.Should().Be(400);
        Encoding.UTF8.GetString(response.Body).Should().Contain("malformed").And.Contain("key");
    }
}
