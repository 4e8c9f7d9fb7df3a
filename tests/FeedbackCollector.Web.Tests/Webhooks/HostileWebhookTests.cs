using System.Text;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Web.Tests.Fakes;
using FeedbackCollector.Web.Webhooks.Signatures;

namespace FeedbackCollector.Web.Tests.Webhooks;

/// <summary>Regressions of issue 15's holes 1 and 6: hostile but signed bodies get a clear 400 and are settled.</summary>
public sealed class HostileWebhookTests
{
    private static Dictionary<string, string> Signed(byte[] body) => new()
    {
        ["Content-Type"] = "application/json",
        [GenericSignature.Header] = GenericSignature.Sign("generic-secret", body),
    };

    private static byte[] Generic(string email = "mia@example.com", string name = "Mia", string endedAt = "2026-03-02T10:00:00Z", string id = "r-1") =>
        Encoding.UTF8.GetBytes($$"""{"source":"till","source_id":"{{id}}","first_name":"{{name}}","email":"{{email}}","ended_at":"{{endedAt}}"}""");

    private static bool Settled(TestApp app) =>
        app.Blobs.Blobs.Keys.Any(k => k.Item1 == BlobArea.Inbox && k.Item2.EndsWith(".done", StringComparison.Ordinal))
        && app.Blobs.Blobs.Keys.Any(k => k.Item1 == BlobArea.Inbox && k.Item2.EndsWith(".body", StringComparison.Ordinal));

    private static byte[] WithRawInvalidUtf8InTheName()
    {
        var body = Generic(name: "M__a");
        var at = Encoding.UTF8.GetString(body).IndexOf("M__a", StringComparison.Ordinal) + 1;
        body[at] = 0xC3;
        body[at + 1] = 0x28;
        return body;
    }

    [Theory]
    [InlineData("lone surrogate in the name", "first_name")]
    [InlineData("lone surrogate in the email", "email")]
    [InlineData("raw invalid UTF-8 in the name", "first_name")]
    [InlineData("year 9999", "ended_at")]
    [InlineData("year 9999 with an offset", "ended_at")]
    public async Task A_malformed_signed_webhook_gets_500_on_every_retry_is_fixed_it_is_400_naming_the_field_and_settled(string what, string field)
    {
        var app = new TestApp();
        var body = what switch
        {
            "lone surrogate in the name" => Generic(name: "\\ud800"),
            "lone surrogate in the email" => Generic(email: "mia\\udc00@example.com"),
            "raw invalid UTF-8 in the name" => WithRawInvalidUtf8InTheName(),
            "year 9999" => Generic(endedAt: "9999-12-31T23:59:59Z"),
            _ => Generic(endedAt: "9999-12-31T23:59:59-05:00"),
        };

        var response = await app.Send(Requests.Post("/webhook", body, Signed(body)));
        var retry = await app.Send(Requests.Post("/webhook", body, Signed(body)));

        response.Status.Should().Be(400, what);
        response.BodyText.Should().Contain("malformed").And.Contain(field);
        Settled(app).Should().BeTrue("the raw body is kept and its outcome noted, so the sender stops retrying");
        retry.Status.Should().Be(200, "a settled delivery is a duplicate");
        app.Visits.Visits.Should().BeEmpty();
    }

    [Theory]
    [InlineData("a@b.com\\r\\nBcc: x@y.com")]
    [InlineData("a@b.com\\nBcc: x@y.com")]
    [InlineData("a b@c.com")]
    [InlineData("a@b@c.com")]
    public async Task An_invalid_contact_answered_200_and_failing_later_is_fixed_it_is_400_at_intake(string email)
    {
        var app = new TestApp();
        var body = Generic(email: email);

        var response = await app.Send(Requests.Post("/webhook", body, Signed(body)));

        response.Status.Should().Be(400);
        response.BodyText.Should().Contain("malformed: email");
        response.BodyText.Should().NotContain("\r").And.NotContain("\n");
        app.Visits.Visits.Should().BeEmpty();
    }

    [Fact]
    public async Task A_crlf_in_a_name_splitting_the_log_line_is_fixed_the_name_is_one_line()
    {
        var app = new TestApp();
        var body = Generic(name: "Mia\\r\\n12:00:00 visit forged");

        (await app.Send(Requests.Post("/webhook", body, Signed(body)))).Status.Should().Be(200);

        app.Visits.Visits.Should().ContainSingle().Which.Customer.FirstName.Should().Be("Mia  12:00:00 visit forged");
    }

    [Fact]
    public async Task A_name_cut_at_60_utf16_units_breaking_an_emoji_is_fixed_the_cut_keeps_whole_characters()
    {
        var app = new TestApp();
        var name = new string('a', 59) + "👍🏽" + "b";
        var body = Generic(name: name);

        (await app.Send(Requests.Post("/webhook", body, Signed(body)))).Status.Should().Be(200);

        var kept = app.Visits.Visits.Should().ContainSingle().Which.Customer.FirstName;
        kept.Should().Be(new string('a', 59));
        kept.Length.Should().BeLessThanOrEqualTo(60);
    }

    [Fact]
    public async Task Shopify_ids_x_colon_3_and_x_space_3_collapsing_into_one_visit_is_fixed_they_are_two_deliveries()
    {
        var app = new TestApp();
        foreach (var (webhookId, orderId) in new[] { ("x:3", "1001"), ("x 3", "1002") })
        {
            var body = Encoding.UTF8.GetBytes($$$"""{"id":{{{orderId}}},"email":"c{{{orderId}}}@example.com","processed_at":"2026-03-02T10:00:00Z","customer":{"first_name":"Mia"}}""");
            var headers = new Dictionary<string, string>
            {
                [ShopifySignature.Header] = ShopifySignature.Sign("shopify-secret", body),
                ["X-Shopify-Topic"] = "orders/paid",
                ["X-Shopify-Webhook-Id"] = webhookId,
            };
            (await app.Send(Requests.Post("/webhook/shopify", body, headers))).BodyText.Should().NotContain("duplicate");
        }

        app.Visits.Visits.Select(v => v.SourceId).Should().BeEquivalentTo(["1001", "1002"]);
    }
}
