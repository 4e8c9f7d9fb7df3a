using System.Text;
using System.Text.Json.Nodes;
using FeedbackCollector.Web.Webhooks;
using FeedbackCollector.Web.Webhooks.Normalizers;

namespace FeedbackCollector.Web.Tests.Webhooks.Normalizers;

/// <summary>Issue 13.5: each scheme's consent field, where it has one, reaches the visit; only an explicit no refuses.</summary>
public sealed class ConsentNormalizerTests
{
    private static readonly WebhookSchemeOptions Options = new("s");

    private static bool GenericRefuses(string consentJson) => GenericNormalizer.Normalize(Encoding.UTF8.GetBytes(
        "{\"source\":\"till\",\"source_id\":\"1\",\"email\":\"a@b.co\",\"ended_at\":\"2026-03-02T10:00:00Z\"" + consentJson + "}"), Options)
        .Visits.Single().ConsentRefused;

    [Theory]
    [InlineData(",\"consent\":\"no\"", true)]
    [InlineData(",\"consent\":\"NO\"", true)]
    [InlineData(",\"consent\":false", true)]
    [InlineData(",\"consent\":0", true)]
    [InlineData(",\"consent\":\"n\"", true)]
    [InlineData(",\"consent\":\"yes\"", false)]
    [InlineData(",\"consent\":true", false)]
    [InlineData(",\"consent\":\"\"", false)]
    [InlineData("", false)]
    public void The_generic_webhooks_consent_field_refuses_only_when_it_says_no(string consentJson, bool refused)
    {
        GenericRefuses(consentJson).Should().Be(refused);
    }

    [Fact]
    public void A_shopify_order_with_a_consent_checkout_field_of_no_refuses_and_marketing_consent_is_not_read()
    {
        var order = WebhookBodies.Load("shopify_order.json")["order"]!.DeepClone();
        order["accepts_marketing"] = false;
        ShopifyNormalizer.Normalize(WebhookBodies.Bytes(order), "orders/paid", Options).Visits.Single().ConsentRefused.Should().BeFalse();

        order["note_attributes"] = new JsonArray(new JsonObject { ["name"] = "gift", ["value"] = "no" }, new JsonObject { ["name"] = "Consent", ["value"] = "No" });

        ShopifyNormalizer.Normalize(WebhookBodies.Bytes(order), "orders/paid", Options).Visits.Single().ConsentRefused.Should().BeTrue();
    }

    [Fact]
    public void A_woocommerce_order_with_consent_meta_data_of_no_refuses()
    {
        var body = "{\"id\":727,\"status\":\"completed\",\"date_completed_gmt\":\"2026-03-01T10:30:00\",\"billing\":{\"email\":\"john@example.com\"},"
            + "\"meta_data\":[{\"id\":1,\"key\":\"consent\",\"value\":\"no\"}]}";

        WooCommerceNormalizer.Normalize(Encoding.UTF8.GetBytes(body), "order.updated", Options).Visits.Single().ConsentRefused.Should().BeTrue();
    }

    [Fact]
    public void A_stripe_checkout_session_with_consent_metadata_of_no_refuses()
    {
        var body = WebhookBodies.StripeEvent("checkout.session", "checkout.session.completed", edit: s =>
        {
            s["payment_status"] = "paid";
            s["metadata"] = new JsonObject { ["consent"] = "false" };
        });

        StripeNormalizer.Normalize(WebhookBodies.Bytes(body), Options).Visits.Single().ConsentRefused.Should().BeTrue();
    }
}
