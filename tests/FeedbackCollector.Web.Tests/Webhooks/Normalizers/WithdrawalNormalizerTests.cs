using System.Text;
using System.Text.Json.Nodes;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Web.Webhooks;
using FeedbackCollector.Web.Webhooks.Normalizers;

namespace FeedbackCollector.Web.Tests.Webhooks.Normalizers;

/// <summary>Each scheme's refund, void or cancellation names the sale's visit (same source + source id, so the same ask id).</summary>
public sealed class WithdrawalNormalizerTests
{
    private static readonly WebhookSchemeOptions Options = new("s");
    private static readonly WebhookSchemeOptions PartialToo = new("s", WithdrawOnPartialRefund: true);

    private static Withdrawal Single(WebhookNormalization result)
    {
        result.Outcome.Should().Be(WebhookOutcome.Withdrawals, result.Reason);
        result.Visits.Should().BeEmpty();
        return result.Withdrawals.Should().ContainSingle().Subject;
    }

    [Theory]
    [InlineData("\"status\":\"refunded\"", "refund")]
    [InlineData("\"status\":\"voided\"", "void")]
    [InlineData("\"status\":\"cancelled\"", "cancellation")]
    [InlineData("\"kind\":\"refund\"", "refund")]
    public void A_generic_refund_void_or_cancellation_withdraws_the_sale_it_names(string field, string reason)
    {
        var body = Encoding.UTF8.GetBytes("{\"source\":\"till\",\"source_id\":\"r-1\",\"email\":\"mia@example.com\"," + field + "}");

        var w = Single(GenericNormalizer.Normalize(body, Options));

        w.Should().Be(new Withdrawal("till", "r-1", AskId.ForCustomer("mia@example.com", null), reason));
        w.AskId.Should().Be(AskId.ForVisit("till", "r-1"));
    }

    [Fact]
    public void A_generic_partial_refund_withdraws_only_when_the_setting_says_so()
    {
        var body = Encoding.UTF8.GetBytes("{\"source\":\"till\",\"source_id\":\"r-1\",\"status\":\"refunded\",\"partial\":true}");

        GenericNormalizer.Normalize(body, Options).Outcome.Should().Be(WebhookOutcome.Ignored);
        Single(GenericNormalizer.Normalize(body, PartialToo)).Reason.Should().Be("partial refund");
    }

    [Fact]
    public void The_real_shopify_refund_withdraws_its_order_found_by_id_alone()
    {
        var sale = ShopifyNormalizer.Normalize(WebhookBodies.Bytes(WebhookBodies.Load("shopify_order.json")), "orders/paid", Options).Visits.Single();

        var w = Single(ShopifyNormalizer.Normalize(WebhookBodies.Bytes(WebhookBodies.Load("shopify_refund.json")), "refunds/create", Options));

        w.AskId.Should().Be(sale.AskId);
        w.CustomerId.Should().BeNull("Shopify's refund body carries no contact");
        w.Reason.Should().Be("refund");
    }

    [Fact]
    public void A_shopify_refund_below_the_order_total_sent_with_it_is_partial()
    {
        var body = WebhookBodies.Load("shopify_refund.json");
        body["order"] = new JsonObject { ["id"] = 450789469, ["total_price"] = "409.94" };

        ShopifyNormalizer.Normalize(WebhookBodies.Bytes(body), "refunds/create", Options).Outcome.Should().Be(WebhookOutcome.Ignored);
        Single(ShopifyNormalizer.Normalize(WebhookBodies.Bytes(body), "refunds/create", PartialToo)).Reason.Should().Be("partial refund");
    }

    [Theory]
    [InlineData("orders/cancelled", null, "cancelled order")]
    [InlineData("orders/updated", "refunded", "refund")]
    [InlineData("orders/updated", "voided", "void")]
    public void A_cancelled_or_refunded_shopify_order_withdraws_with_its_contact(string topic, string? financialStatus, string reason)
    {
        var body = WebhookBodies.Load("shopify_order.json");
        if (financialStatus is null) body["order"]!["cancelled_at"] = "2008-01-11T10:00:00-05:00";
        else body["order"]!["financial_status"] = financialStatus;

        var w = Single(ShopifyNormalizer.Normalize(WebhookBodies.Bytes(body), topic, Options));

        w.Should().Be(new Withdrawal("shopify", "450789469", AskId.ForCustomer("bob.norman@hostmail.com", null), reason));
    }

    [Fact]
    public void The_real_completed_square_refund_withdraws_its_payment_and_a_pending_one_waits()
    {
        var events = WebhookBodies.Load("square_events.json");

        var w = Single(SquareNormalizer.Normalize(WebhookBodies.Bytes(events["refund.updated"]!), Options));
        var pending = SquareNormalizer.Normalize(WebhookBodies.Bytes(events["refund.created"]!), Options);

        w.Should().Be(new Withdrawal("square", "KkAkhdMsgzn59SM8A89WgKwekxLZY", null, "refund"));
        pending.Should().BeEquivalentTo(new { Outcome = WebhookOutcome.Ignored, Reason = "refund status PENDING, not COMPLETED yet" });
    }

    [Fact]
    public void A_canceled_square_payment_withdraws_it()
    {
        var body = WebhookBodies.Load("square_events.json")["payment.updated"]!;
        body["data"]!["object"]!["payment"]!["status"] = "CANCELED";

        Single(SquareNormalizer.Normalize(WebhookBodies.Bytes(body), Options)).Reason.Should().Be("payment canceled");
    }

    [Fact]
    public void A_square_payment_refunded_in_part_is_partial_and_in_full_is_a_refund()
    {
        var body = WebhookBodies.Load("square_events.json")["payment.updated"]!;
        var payment = body["data"]!["object"]!["payment"]!;
        payment["status"] = "COMPLETED";
        payment["total_money"] = new JsonObject { ["amount"] = 100, ["currency"] = "USD" };
        payment["refunded_money"] = new JsonObject { ["amount"] = 40, ["currency"] = "USD" };
        SquareNormalizer.Normalize(WebhookBodies.Bytes(body), Options).Outcome.Should().Be(WebhookOutcome.Ignored);

        payment["refunded_money"]!["amount"] = 100;
        Single(SquareNormalizer.Normalize(WebhookBodies.Bytes(body), Options)).Reason.Should().Be("refund");
    }

    [Fact]
    public void A_fully_refunded_stripe_charge_withdraws_its_payment_intent_and_a_partial_one_does_not()
    {
        var charge = WebhookBodies.Load("stripe_objects.json")["charge"]!;
        var saleId = (string?)charge["payment_intent"] ?? (string)charge["id"]!;

        var full = WebhookBodies.StripeEvent("charge", "charge.refunded", edit: c => { c["amount_refunded"] = 100; c["refunded"] = true; });
        var part = WebhookBodies.StripeEvent("charge", "charge.refunded", edit: c => c["amount_refunded"] = 40);

        Single(StripeNormalizer.Normalize(WebhookBodies.Bytes(full), Options)).AskId.Should().Be(AskId.ForVisit("stripe", saleId), "the same key the charge.succeeded sale uses");
        StripeNormalizer.Normalize(WebhookBodies.Bytes(part), Options).Outcome.Should().Be(WebhookOutcome.Ignored);
        Single(StripeNormalizer.Normalize(WebhookBodies.Bytes(part), PartialToo)).Reason.Should().Be("partial refund");
    }

    [Theory]
    [InlineData("payment_intent", "payment_intent.canceled", "payment canceled")]
    [InlineData("checkout.session", "checkout.session.expired", "checkout expired")]
    public void A_canceled_stripe_payment_or_expired_checkout_withdraws(string obj, string type, string reason)
    {
        var w = Single(StripeNormalizer.Normalize(WebhookBodies.Bytes(WebhookBodies.StripeEvent(obj, type)), Options));

        w.Source.Should().Be("stripe");
        w.Reason.Should().Be(reason);
    }

    [Fact]
    public void A_test_mode_stripe_refund_is_dropped_like_its_sale()
    {
        var body = WebhookBodies.StripeEvent("charge", "charge.refunded", livemode: false, edit: c => c["refunded"] = true);

        StripeNormalizer.Normalize(WebhookBodies.Bytes(body), Options).Outcome.Should().Be(WebhookOutcome.Ignored);
    }

    [Theory]
    [InlineData("refunded")]
    [InlineData("cancelled")]
    [InlineData("failed")]
    [InlineData("on-hold")]
    [InlineData("processing")]
    public void Every_woocommerce_move_out_of_completed_withdraws_the_order(string status)
    {
        var body = Encoding.UTF8.GetBytes("{\"id\":727,\"status\":\"" + status + "\",\"billing\":{\"email\":\"john.doe@example.com\"}}");

        var w = Single(WooCommerceNormalizer.Normalize(body, "order.updated", Options));

        w.Should().Be(new Withdrawal("woocommerce", "727", AskId.ForCustomer("john.doe@example.com", null), "order " + status));
    }
}
