using System.Text;
using FeedbackCollector.Web.Webhooks;
using FeedbackCollector.Web.Webhooks.Normalizers;

namespace FeedbackCollector.Web.Tests.Webhooks.Normalizers;

public sealed class StripeNormalizerTests
{
    private static readonly WebhookSchemeOptions Options = new("whsec");

    private static WebhookNormalization Run(System.Text.Json.Nodes.JsonNode body, WebhookSchemeOptions? options = null) =>
        StripeNormalizer.Normalize(WebhookBodies.Bytes(body), options ?? Options);

    [Fact]
    public void A_paid_checkout_session_is_a_visit_keyed_by_its_payment_intent()
    {
        var body = WebhookBodies.StripeEvent("checkout.session", "checkout.session.completed", edit: s => s["payment_status"] = "paid");

        var visit = Run(body).Visits.Single();

        visit.Source.Should().Be("stripe");
        visit.SourceId.Should().Be("pi_1PgafyB7WZ01zgkWSjxsAJo3");
        visit.Customer.Email.Should().Be("example@example.com");
        visit.EndedAt.Should().Be(DateTimeOffset.FromUnixTimeSeconds(1772445600));
    }

    [Fact]
    public void The_real_fixture_session_is_unpaid_and_waits()
    {
        Run(WebhookBodies.StripeEvent("checkout.session", "checkout.session.completed")).Reason.Should().Be("checkout session is not paid yet");
    }

    [Fact]
    public void A_succeeded_charge_with_an_email_is_a_visit_with_the_first_name_from_billing()
    {
        var body = WebhookBodies.StripeEvent("charge", "charge.succeeded", edit: c => c["billing_details"]!["email"] = "jenny@example.com");

        var visit = Run(body).Visits.Single();

        visit.SourceId.Should().Be("ch_1PgafuB7WZ01zgkWXYmPNZs8");
        visit.Customer.FirstName.Should().Be("Jenny");
    }

    [Fact]
    public void The_real_charge_has_no_email_and_is_ignored_for_lack_of_contact()
    {
        Run(WebhookBodies.StripeEvent("charge", "charge.succeeded")).Reason.Should().Contain("no customer email or phone");
    }

    [Fact]
    public void A_charge_and_a_session_for_the_same_payment_intent_make_the_same_ask()
    {
        var session = Run(WebhookBodies.StripeEvent("checkout.session", "checkout.session.completed", edit: s => s["payment_status"] = "paid")).Visits.Single();
        var charge = Run(WebhookBodies.StripeEvent("charge", "charge.succeeded", edit: c =>
        {
            c["payment_intent"] = "pi_1PgafyB7WZ01zgkWSjxsAJo3";
            c["billing_details"]!["email"] = "example@example.com";
        })).Visits.Single();

        charge.AskId.Should().Be(session.AskId);
    }

    [Fact]
    public void A_refund_object_event_is_dropped_since_charge_refunded_carries_the_totals()
    {
        Run(WebhookBodies.StripeEvent("refund", "charge.refund.updated")).Reason.Should().StartWith("refund or dispute");
    }

    [Fact]
    public void A_test_mode_event_is_dropped_unless_configured()
    {
        var body = WebhookBodies.StripeEvent("checkout.session", "checkout.session.completed", livemode: false, edit: s => s["payment_status"] = "paid");

        Run(body).Reason.Should().Be("test-mode event (livemode false)");
        Run(body, Options with { AcceptTestEvents = true }).Outcome.Should().Be(WebhookOutcome.Visits);
    }

    [Fact]
    public void The_real_event_fixture_of_another_type_is_ignored()
    {
        var evt = WebhookBodies.Load("stripe_objects.json")["event"]!;

        Run(evt).Reason.Should().Be("event type plan.created is not used");
    }

    [Theory]
    [InlineData("{\"livemode\":true}", "type is missing")]
    [InlineData("{\"type\":\"charge.succeeded\",\"livemode\":true,\"created\":1}", "data.object is missing")]
    [InlineData("{\"type\":\"charge.succeeded\",\"livemode\":true,\"data\":{\"object\":{\"id\":\"ch\"}}}", "created is missing or not a unix time")]
    [InlineData("{\"type\":", "body is not valid JSON")]
    public void Malformed_bodies_name_what_was_wrong(string body, string problem)
    {
        var result = StripeNormalizer.Normalize(Encoding.UTF8.GetBytes(body), Options);

        result.Outcome.Should().Be(WebhookOutcome.Malformed);
        result.Reason.Should().StartWith(problem);
    }
}
