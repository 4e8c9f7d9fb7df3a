using System.Text;
using FeedbackCollector.Web.Webhooks;
using FeedbackCollector.Web.Webhooks.Normalizers;

namespace FeedbackCollector.Web.Tests.Webhooks.Normalizers;

/// <summary>No WooCommerce corpus file exists; the order shape follows the WooCommerce REST API v3 docs.</summary>
public sealed class WooCommerceNormalizerTests
{
    private static readonly WebhookSchemeOptions Options = new("s");

    private static byte[] Order(string status) => Encoding.UTF8.GetBytes(
        "{\"id\":727,\"status\":\"" + status + "\",\"date_created_gmt\":\"2026-03-01T09:00:00\",\"date_completed_gmt\":\"2026-03-01T10:30:00\"," +
        "\"billing\":{\"first_name\":\"John\",\"last_name\":\"Doe\",\"email\":\"john.doe@example.com\",\"phone\":\"(555) 555-5555\"}}");

    [Fact]
    public void A_completed_order_is_a_visit_ending_at_its_completion_in_utc()
    {
        var visit = WooCommerceNormalizer.Normalize(Order("completed"), "order.updated", Options).Visits.Single();

        visit.Source.Should().Be("woocommerce");
        visit.SourceId.Should().Be("727");
        visit.Customer.FirstName.Should().Be("John");
        visit.EndedAt.Should().Be(new DateTimeOffset(2026, 3, 1, 10, 30, 0, TimeSpan.Zero));
    }

    [Fact]
    public void A_new_order_not_yet_completed_is_ignored()
    {
        WooCommerceNormalizer.Normalize(Order("processing"), "order.created", Options).Reason.Should().Be("order status processing, not completed");
    }

    [Fact]
    public void The_creation_ping_is_recognised()
    {
        WooCommerceNormalizer.Normalize(Encoding.ASCII.GetBytes("webhook_id=15"), null, Options).Outcome.Should().Be(WebhookOutcome.Ping);
    }

    [Fact]
    public void A_missing_id_is_malformed()
    {
        var result = WooCommerceNormalizer.Normalize(Encoding.UTF8.GetBytes("{\"status\":\"completed\"}"), "order.created", Options);

        result.Outcome.Should().Be(WebhookOutcome.Malformed);
        result.Reason.Should().Be("id is missing");
    }
}
