using System.Text;
using FeedbackCollector.Testing.Fuzz;
using FeedbackCollector.Web.Tests.Fakes;
using FeedbackCollector.Web.Webhooks;
using FeedbackCollector.Web.Webhooks.Normalizers;
using FeedbackCollector.Web.Webhooks.Signatures;
using FsCheck;
using FsCheck.Fluent;

namespace FeedbackCollector.Web.Tests.Fuzz;

/// <summary>
/// Issue 15, fuzzing: every webhook normaliser (generic, Shopify, Square, Stripe, WooCommerce; sales and take-backs)
/// reads any body, mutated from a valid one, without an exception escaping and within a second; a refusal says what
/// was wrong, naming the body or the field; what it accepts is a visit we can act on. Signed and sent through the
/// endpoint, no such body gets a 5xx.
/// </summary>
public sealed class WebhookFuzzTests
{
    private static readonly string[] Fields =
    [
        "body", "source", "source_id", "ended_at", "email", "phone", "first_name", "visit_type", "id", "order", "refund", "type",
        "data", "payment", "created", "date_completed_gmt", "processed_at", "created_at", "updated_at", "order_id", "billing",
        "customer", "customer_details", "billing_details", "transactions", "amount", "date_modified_gmt", "date_created_gmt",
    ];

    internal static Arbitrary<WebhookInput> Inputs(string scheme) =>
        Arb.From(
            from body in JsonMutations.BytesOf(WebhookSeeds.Bodies(scheme), WebhookSeeds.Words)
            from topic in Gen.Elements(WebhookSeeds.Topics(scheme))
            select new WebhookInput(scheme, topic, body),
            input => Mutations.ShrinkBytes(input.Body).Select(b => input with { Body = b }));

    [Theory]
    [InlineData("generic")]
    [InlineData("shopify")]
    [InlineData("square")]
    [InlineData("stripe")]
    [InlineData("woocommerce")]
    public void Any_body_a_sender_could_sign_is_read_without_throwing_and_a_refusal_names_what_was_wrong(string scheme)
    {
        var strict = new WebhookSchemeOptions("s");
        var lenient = new WebhookSchemeOptions("s", AcceptTestEvents: true, WithdrawOnPartialRefund: true);
        FuzzRun.ForAll(Inputs(scheme), input =>
        {
            foreach (var options in new[] { strict, lenient }) Check(input, Normalize(input, options));
        });
    }

    [Theory]
    [InlineData("generic")]
    [InlineData("shopify")]
    [InlineData("square")]
    [InlineData("stripe")]
    [InlineData("woocommerce")]
    public void Any_signed_body_through_the_endpoint_is_answered_below_500_and_a_400_says_why(string scheme)
    {
        var app = new TestApp();
        FuzzRun.ForAll(Inputs(scheme), input =>
        {
            var response = app.Send(Signed(input, app.Time.GetUtcNow())).GetAwaiter().GetResult();
            if (response.Status >= 500) Fail(input, $"answered {response.Status}");
            if (response.Status == 400 && Encoding.UTF8.GetString(response.Body).Trim().Length == 0) Fail(input, "a 400 with no reason");
        }, quick: 150);
    }

    /// <summary>Signed over the raw bytes (invalid UTF-8 included) with TestApp's secrets, the topic header where the scheme has one.</summary>
    private static Http.WebRequest Signed(WebhookInput input, DateTimeOffset now)
    {
        var b = input.Body;
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Content-Type"] = "application/json" };
        var (name, value) = input.Scheme switch
        {
            "shopify" => (ShopifySignature.Header, ShopifySignature.Sign("shopify-secret", b)),
            "square" => (SquareSignature.Header, SquareSignature.Sign("square-key", TestApp.SquareUrl, b)),
            "stripe" => (StripeSignature.Header, StripeSignature.Sign("whsec_test", b, now)),
            "woocommerce" => (WooCommerceSignature.Header, WooCommerceSignature.Sign("woo-secret", b)),
            _ => (GenericSignature.Header, GenericSignature.Sign("generic-secret", b)),
        };
        headers[name] = value;
        if (input.Topic is { Length: > 0 } topic) headers[input.Scheme == "shopify" ? ShopifyNormalizer.TopicHeader : WooCommerceNormalizer.TopicHeader] = topic;
        return new Http.WebRequest("POST", "/webhook/" + input.Scheme, new Dictionary<string, string>(), headers, b, "203.0.113.9");
    }

    private static WebhookNormalization Normalize(WebhookInput input, WebhookSchemeOptions options)
    {
        var headers = input.Topic is null ? new Dictionary<string, string>()
            : new Dictionary<string, string> { [ShopifyNormalizer.TopicHeader] = input.Topic, [WooCommerceNormalizer.TopicHeader] = input.Topic };
        return WebhookScheme.Normalize(input.Scheme, new Http.WebRequest("POST", "/webhook/" + input.Scheme, new Dictionary<string, string>(), headers, input.Body, "203.0.113.9"), options);
    }

    private static void Check(WebhookInput input, WebhookNormalization result)
    {
        switch (result.Outcome)
        {
            case WebhookOutcome.Malformed when !Fields.Any(f => result.Reason?.Contains(f, StringComparison.Ordinal) == true):
                Fail(input, $"malformed without naming the body or a field: \"{result.Reason}\"");
                break;
            case WebhookOutcome.Ignored or WebhookOutcome.Withdrawals when string.IsNullOrWhiteSpace(result.Reason):
                Fail(input, $"{result.Outcome} without a reason");
                break;
        }
        foreach (var visit in result.Visits) CheckVisit(input, visit);
        foreach (var w in result.Withdrawals)
        {
            if (string.IsNullOrWhiteSpace(w.SourceId)) Fail(input, "a withdrawal without the sale's id");
        }
    }

    /// <summary>An accepted visit can be planned and mailed: a contact without line breaks, a clean name, a date we can add a wait to.</summary>
    private static void CheckVisit(WebhookInput input, Core.Model.Visit visit)
    {
        var c = visit.Customer;
        if (c.Email is null && c.Phone is null) Fail(input, "a visit with no way to reach the customer");
        if ((c.Email ?? "").Any(char.IsControl) || (c.Phone ?? "").Any(char.IsControl)) Fail(input, "a contact with a control character");
        if (c.FirstName.Any(char.IsControl) || c.FirstName.Length > 60) Fail(input, $"a name that is not clean: {FuzzRun.Describe(c.FirstName)}");
        if (visit.EndedAt.Year is < 2000 or > 2199) Fail(input, $"a visit ended in {visit.EndedAt.Year}");
        if (string.IsNullOrWhiteSpace(visit.SourceId) || string.IsNullOrWhiteSpace(visit.Source)) Fail(input, "a visit without its source id");
        _ = visit.EndedAt.AddDays(30);
    }

    private static void Fail(WebhookInput input, string what) => throw new FuzzFailureException($"{what}; input {input}");
}
