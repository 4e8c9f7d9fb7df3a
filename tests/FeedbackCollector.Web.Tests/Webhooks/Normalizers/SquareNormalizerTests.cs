using System.Text;
using System.Text.Json.Nodes;
using FeedbackCollector.Web.Webhooks;
using FeedbackCollector.Web.Webhooks.Normalizers;

namespace FeedbackCollector.Web.Tests.Webhooks.Normalizers;

public sealed class SquareNormalizerTests
{
    private static readonly WebhookSchemeOptions Options = new("s", "https://x", VisitType: "visit");

    private static JsonNode Event(string type) => WebhookBodies.Load("square_events.json")[type]!.DeepClone();

    private static WebhookNormalization Run(JsonNode body) => SquareNormalizer.Normalize(WebhookBodies.Bytes(body), Options);

    [Fact]
    public void A_completed_payment_with_a_buyer_email_is_a_visit_keyed_by_the_payment()
    {
        var body = Event("payment.updated");
        body["data"]!["object"]!["payment"]!["buyer_email_address"] = "ana@example.com";

        var visit = Run(body).Visits.Single();

        visit.Source.Should().Be("square");
        visit.SourceId.Should().Be("hYy9pRFVxpDsO1FB05SunFWUe9JZY");
        visit.VisitType.Should().Be("visit");
        visit.EndedAt.Should().Be(DateTimeOffset.Parse("2020-11-22T21:19:00.831Z"));
    }

    [Fact]
    public void The_real_completed_payment_without_a_buyer_email_is_ignored_for_lack_of_contact()
    {
        Run(Event("payment.updated")).Reason.Should().Contain("no customer email or phone");
    }

    [Fact]
    public void The_real_created_payment_is_not_yet_completed()
    {
        Run(Event("payment.created")).Reason.Should().Be("payment status APPROVED, not COMPLETED");
    }

    [Theory]
    [InlineData("booking.created", "bookings are not visits; the payment for the appointment makes the ask")]
    [InlineData("booking.updated", "bookings are not visits; the payment for the appointment makes the ask")]
    [InlineData("order.updated", "event type order.updated is not used")]
    public void Bookings_and_other_real_events_are_ignored(string type, string reason)
    {
        var result = Run(Event(type));

        result.Outcome.Should().Be(WebhookOutcome.Ignored);
        result.Reason.Should().Be(reason);
    }

    [Theory]
    [InlineData("{}", "type is missing")]
    [InlineData("{\"type\":\"payment.updated\"}", "data.object.payment is missing")]
    [InlineData("{\"type\":\"payment.updated\",\"data\":{\"object\":{\"payment\":{\"status\":\"COMPLETED\"}}}}", "data.object.payment.id is missing")]
    [InlineData("not json", "body is not valid JSON")]
    public void Malformed_bodies_name_what_was_wrong(string body, string problem)
    {
        var result = SquareNormalizer.Normalize(Encoding.UTF8.GetBytes(body), Options);

        result.Outcome.Should().Be(WebhookOutcome.Malformed);
        result.Reason.Should().StartWith(problem);
    }
}
