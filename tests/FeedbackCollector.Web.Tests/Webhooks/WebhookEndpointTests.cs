using System.Text;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Web.Tests.Fakes;
using FeedbackCollector.Web.Tests.Webhooks.Normalizers;
using FeedbackCollector.Web.Webhooks.Signatures;

namespace FeedbackCollector.Web.Tests.Webhooks;

public sealed class WebhookEndpointTests
{
    private const string Valid = "{\"source\":\"till\",\"source_id\":\"r-1\",\"first_name\":\"Mia\",\"email\":\"mia@example.com\",\"ended_at\":\"2026-03-02T10:00:00Z\"}";

    private static Dictionary<string, string> Signed(string secret, byte[] body) => new()
    {
        ["Content-Type"] = "application/json",
        [GenericSignature.Header] = GenericSignature.Sign(secret, body),
    };

    private static int Kept(TestApp app) => app.Blobs.Blobs.Keys.Count(k => k.Item1 == BlobArea.Inbox && k.Item2.EndsWith(".body"));

    [Fact]
    public async Task A_signed_generic_webhook_hands_the_visit_on_and_keeps_the_raw_body()
    {
        var app = new TestApp();
        var body = Encoding.UTF8.GetBytes(Valid);

        var response = await app.Send(Requests.Post("/webhook", body, Signed("generic-secret", body)));

        response.Status.Should().Be(200);
        app.Visits.Visits.Should().ContainSingle().Which.SourceId.Should().Be("r-1");
        app.Blobs.Blobs.Where(kv => kv.Key.Item2.EndsWith(".body")).Single().Value.Should().Equal(body);
    }

    [Fact]
    public async Task A_bad_signature_is_401_and_nothing_is_stored()
    {
        var app = new TestApp();
        var body = Encoding.UTF8.GetBytes(Valid);

        var response = await app.Send(Requests.Post("/webhook/generic", body, Signed("wrong-secret", body)));

        response.Status.Should().Be(401);
        app.Blobs.Blobs.Should().BeEmpty();
        app.Visits.Visits.Should().BeEmpty();
    }

    [Fact]
    public async Task A_missing_signature_is_401()
    {
        var app = new TestApp();

        var response = await app.Send(Requests.Post("/webhook", Valid));

        response.Status.Should().Be(401);
        response.BodyText.Should().Contain("X-FC-Signature header is missing");
    }

    [Fact]
    public async Task A_malformed_signed_body_is_400_naming_the_problem_with_the_raw_body_kept()
    {
        var app = new TestApp();
        var body = Encoding.UTF8.GetBytes("{\"source\":\"till\"");

        var response = await app.Send(Requests.Post("/webhook", body, Signed("generic-secret", body)));

        response.Status.Should().Be(400);
        response.BodyText.Should().Contain("not valid JSON");
        Kept(app).Should().Be(1);
        app.Visits.Visits.Should().BeEmpty();
    }

    [Fact]
    public async Task A_retried_delivery_is_200_duplicate_and_hands_nothing_on_twice()
    {
        var app = new TestApp();
        var body = Encoding.UTF8.GetBytes(Valid);
        await app.Send(Requests.Post("/webhook", body, Signed("generic-secret", body)));

        var again = await app.Send(Requests.Post("/webhook", body, Signed("generic-secret", body)));

        again.Status.Should().Be(200);
        again.BodyText.Should().Contain("duplicate");
        app.Visits.Visits.Should().ContainSingle();
    }

    [Fact]
    public async Task When_handing_on_fails_the_error_surfaces_and_the_senders_retry_is_processed_not_called_a_duplicate()
    {
        var app = new TestApp();
        var body = Encoding.UTF8.GetBytes(Valid);
        app.Visits.FailNext = true;

        var first = () => app.Send(Requests.Post("/webhook", body, Signed("generic-secret", body)));
        await first.Should().ThrowAsync<IOException>();
        Kept(app).Should().Be(1);
        var retry = await app.Send(Requests.Post("/webhook", body, Signed("generic-secret", body)));

        retry.Status.Should().Be(200);
        retry.BodyText.Should().Be("visits 1");
        app.Visits.Visits.Should().ContainSingle();
    }

    [Fact]
    public async Task Shopify_retries_are_recognised_by_the_webhook_id_header()
    {
        var app = new TestApp();
        var body = WebhookBodies.Bytes(WebhookBodies.Load("shopify_order.json"));
        var headers = new Dictionary<string, string>
        {
            [ShopifySignature.Header] = ShopifySignature.Sign("shopify-secret", body),
            ["X-Shopify-Topic"] = "orders/paid",
            ["X-Shopify-Webhook-Id"] = "b54557e4-bdd9-4b37-8a5f-bf7d70bcd043",
        };

        (await app.Send(Requests.Post("/webhook/shopify", body, headers))).Status.Should().Be(200);
        var retry = await app.Send(Requests.Post("/webhook/shopify", body, headers));

        retry.BodyText.Should().Contain("duplicate");
        app.Visits.Visits.Should().ContainSingle().Which.Source.Should().Be("shopify");
        app.Blobs.Blobs.Keys.Should().Contain(k => k.Item2.Contains("b54557e4-bdd9-4b37-8a5f-bf7d70bcd043"));
    }

    [Fact]
    public async Task A_signed_refund_is_200_and_handed_on_as_a_withdrawal_of_its_order()
    {
        var app = new TestApp();
        var body = WebhookBodies.Bytes(WebhookBodies.Load("shopify_refund.json"));
        var headers = new Dictionary<string, string> { [ShopifySignature.Header] = ShopifySignature.Sign("shopify-secret", body) };

        var response = await app.Send(Requests.Post("/webhook/shopify", body, headers));

        response.Status.Should().Be(200);
        response.BodyText.Should().Be("withdrawals 1 (refund)");
        app.Visits.Visits.Should().BeEmpty();
        app.Visits.Withdrawals.Should().ContainSingle().Which.SourceId.Should().Be("450789469");
    }

    [Fact]
    public async Task Square_is_verified_against_the_configured_notification_url()
    {
        var app = new TestApp();
        var evt = WebhookBodies.Load("square_events.json")["payment.updated"]!;
        evt["data"]!["object"]!["payment"]!["buyer_email_address"] = "ana@example.com";
        var body = WebhookBodies.Bytes(evt);
        var headers = new Dictionary<string, string> { [SquareSignature.Header] = SquareSignature.Sign("square-key", TestApp.SquareUrl, body) };

        var response = await app.Send(Requests.Post("/webhook/square", body, headers));

        response.Status.Should().Be(200);
        app.Visits.Visits.Should().ContainSingle().Which.Source.Should().Be("square");
    }

    [Fact]
    public async Task Stripe_uses_the_injected_clock_for_the_tolerance()
    {
        var app = new TestApp(acceptTest: true);
        var body = WebhookBodies.Bytes(WebhookBodies.StripeEvent("checkout.session", "checkout.session.completed", edit: s => s["payment_status"] = "paid"));
        var headers = new Dictionary<string, string> { [StripeSignature.Header] = StripeSignature.Sign("whsec_test", body, app.Time.GetUtcNow()) };
        app.Time.Advance(TimeSpan.FromMinutes(10));

        var late = await app.Send(Requests.Post("/webhook/stripe", body, headers));

        late.Status.Should().Be(401);
        app.Blobs.Blobs.Should().BeEmpty();
    }

    [Fact]
    public async Task The_woocommerce_creation_ping_is_200_and_does_nothing()
    {
        var app = new TestApp();

        var response = await app.Send(Requests.Post("/webhook/woocommerce", "webhook_id=15"));

        response.Status.Should().Be(200);
        app.Blobs.Blobs.Should().BeEmpty();
        app.Visits.Visits.Should().BeEmpty();
    }

    [Fact]
    public async Task An_unknown_scheme_is_404()
    {
        (await new TestApp().Send(Requests.Post("/webhook/paypal", "{}"))).Status.Should().Be(404);
    }

    [Fact]
    public async Task A_body_over_the_cap_is_413_before_anything_else()
    {
        var app = new TestApp(maxBody: 100);
        var body = new byte[101];

        var response = await app.Send(Requests.Post("/webhook", body, Signed("generic-secret", body)));

        response.Status.Should().Be(413);
        app.Blobs.Blobs.Should().BeEmpty();
    }

    [Fact]
    public async Task A_get_on_the_webhook_is_405()
    {
        var response = await new TestApp().Send(Requests.Get("/webhook/generic"));

        response.Status.Should().Be(405);
        response.Headers["Allow"].Should().Be("POST");
    }
}
