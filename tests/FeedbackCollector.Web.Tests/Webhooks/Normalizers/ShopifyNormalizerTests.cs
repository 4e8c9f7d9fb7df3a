using System.Text;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Web.Webhooks;
using FeedbackCollector.Web.Webhooks.Normalizers;

namespace FeedbackCollector.Web.Tests.Webhooks.Normalizers;

public sealed class ShopifyNormalizerTests
{
    private static readonly WebhookSchemeOptions Options = new("s");

    [Fact]
    public void The_real_order_becomes_a_visit_keyed_by_the_order_id()
    {
        var result = ShopifyNormalizer.Normalize(WebhookBodies.Bytes(WebhookBodies.Load("shopify_order.json")), "orders/paid", Options);

        result.Outcome.Should().Be(WebhookOutcome.Visits);
        var visit = result.Visits.Single();
        visit.Source.Should().Be("shopify");
        visit.SourceId.Should().Be("450789469");
        visit.Customer.Email.Should().Be("bob.norman@hostmail.com");
        visit.Customer.FirstName.Should().Be("Bob");
        visit.Customer.CustomerId.Should().Be(AskId.ForCustomer("bob.norman@hostmail.com", visit.Customer.Phone));
        visit.EndedAt.Should().Be(new DateTimeOffset(2008, 1, 10, 11, 0, 0, TimeSpan.FromHours(-5)));
    }

    [Fact]
    public void The_bare_order_body_as_shopify_sends_it_is_read_too()
    {
        var order = WebhookBodies.Load("shopify_order.json")["order"]!;

        ShopifyNormalizer.Normalize(WebhookBodies.Bytes(order), "orders/paid", Options).Visits.Should().ContainSingle();
    }

    [Fact]
    public void A_test_order_is_dropped_unless_test_events_are_accepted()
    {
        var body = WebhookBodies.Load("shopify_order.json");
        body["order"]!["test"] = true;

        ShopifyNormalizer.Normalize(WebhookBodies.Bytes(body), "orders/paid", Options).Reason.Should().Be("test order");
        ShopifyNormalizer.Normalize(WebhookBodies.Bytes(body), "orders/paid", Options with { AcceptTestEvents = true })
            .Outcome.Should().Be(WebhookOutcome.Visits);
    }

    [Theory]
    [InlineData("orders/create", "topic orders/create is not used (subscribe to orders/paid, refunds/create and orders/cancelled)")]
    public void Other_topics_are_ignored_before_parsing(string topic, string reason)
    {
        ShopifyNormalizer.Normalize(Encoding.UTF8.GetBytes("{"), topic, Options).Reason.Should().Be(reason);
    }

    [Fact]
    public void A_cancelled_order_withdraws_instead_of_planning()
    {
        var body = WebhookBodies.Load("shopify_order.json");
        body["order"]!["cancelled_at"] = "2008-01-11T10:00:00-05:00";

        ShopifyNormalizer.Normalize(WebhookBodies.Bytes(body), "orders/paid", Options).Reason.Should().Be("cancelled order");
    }

    [Theory]
    [InlineData("", "body is empty; expected a JSON object")]
    [InlineData("{\"order\": {\"id\": 1,", "body is not valid JSON (line 1")]
    [InlineData("[1,2]", "body is JSON but not an object")]
    [InlineData("{\"order\": {\"email\": \"a@b.c\"}}", "order.id is missing")]
    [InlineData("{\"order\": {\"id\": 5, \"email\": \"a@b.c\", \"created_at\": \"soon\"}}", "order.processed_at and order.created_at are missing or not dates")]
    public void Malformed_bodies_name_what_was_wrong(string body, string problem)
    {
        var result = ShopifyNormalizer.Normalize(Encoding.UTF8.GetBytes(body), "orders/paid", Options);

        result.Outcome.Should().Be(WebhookOutcome.Malformed);
        result.Reason.Should().StartWith(problem);
    }

    [Fact]
    public void An_order_without_any_contact_is_ignored_not_failed()
    {
        const string body = "{\"id\": 5, \"created_at\": \"2026-03-02T10:00:00Z\"}";

        ShopifyNormalizer.Normalize(Encoding.UTF8.GetBytes(body), "orders/paid", Options).Reason.Should().Contain("no customer email or phone");
    }

    [Fact]
    public void Json_nested_deeper_than_the_cap_is_malformed_not_a_crash()
    {
        var body = new string('[', 200) + new string(']', 200);

        ShopifyNormalizer.Normalize(Encoding.UTF8.GetBytes("{\"a\":" + body + "}"), "orders/paid", Options)
            .Outcome.Should().Be(WebhookOutcome.Malformed);
    }
}
