using System.Text;
using FeedbackCollector.Web.Webhooks.Signatures;

namespace FeedbackCollector.Web.Tests.Webhooks.Signatures;

/// <summary>Vectors from ../shared/corpora/SOURCES.md (providers' SDKs), Stripe's from the npm stripe package, the rest recomputed with Python's hmac.</summary>
public sealed class SignatureKnownAnswerTests
{
    private static byte[] B(string s) => Encoding.UTF8.GetBytes(s);

    private const string SquareBody = "{\"data\":{\"type\":\"webhooks\",\"id\":\">id<\"}}";
    private const string SquareVector = "Cxt7+aTi4rKgcA0bC4g9EHdVtLSDWdqccmL5MvihU4U=";

    [Fact]
    public void Square_vector_from_the_sdk_verifies()
    {
        SquareSignature.Sign("signature-key", "https://webhook.site/webhooks", B(SquareBody)).Should().Be(SquareVector);
        SquareSignature.Verify("signature-key", "https://webhook.site/webhooks", B(SquareBody), SquareVector).Valid.Should().BeTrue();
    }

    [Theory]
    [InlineData("signature-key", "https://webhook.site/webhook", SquareBody)]
    [InlineData("signature-key2", "https://webhook.site/webhooks", SquareBody)]
    [InlineData("signature-key", "https://webhook.site/webhooks", "{\"data\": {\"type\":\"webhooks\",\"id\":\">id<\"}}")]
    [InlineData("signature-key", "https://webhook.site/webhooks", "{\"data\":{\"type\":\"webhooks\",\"id\":\">id<\"},\"created_at\":\"2020\"}")]
    public void Square_fails_when_url_key_date_or_whitespace_change(string key, string url, string body)
    {
        SquareSignature.Verify(key, url, B(body), SquareVector).Valid.Should().BeFalse();
    }

    [Fact]
    public void WooCommerce_vector_with_an_empty_key_verifies()
    {
        const string vector = "GBDo00G55h6IiV+6CxqivQPLbI//KzaOZm747971tPs=";
        WooCommerceSignature.Sign("", B("secret")).Should().Be(vector);
        WooCommerceSignature.Verify("", B("secret"), vector).Valid.Should().BeTrue();
        WooCommerceSignature.Verify("x", B("secret"), vector).Valid.Should().BeFalse();
    }

    [Fact]
    public void Shopify_signature_is_base64_hmac_of_the_body()
    {
        const string vector = "VnKUjZsLuN5iZWjn5EntcBVCF9kMN43LglzCE1/GSeY=";
        ShopifySignature.Sign("hush", B("{\"id\":1}")).Should().Be(vector);
        ShopifySignature.Verify("hush", B("{\"id\":1}"), vector).Valid.Should().BeTrue();
        ShopifySignature.Verify("hush", B("{\"id\":2}"), vector).Valid.Should().BeFalse();
        ShopifySignature.Verify("hush", B("{\"id\":1}"), null).Problem.Should().Contain("missing");
        ShopifySignature.Verify("hush", B("{\"id\":1}"), "not base64!").Valid.Should().BeFalse();
    }

    [Fact]
    public void Generic_signature_is_sha256_prefixed_hex()
    {
        const string vector = "sha256=5910e62016ef5034272c926c27071992a465c2335cecf41851bda071577f4f6d";
        GenericSignature.Sign("s3cret", B("{\"a\":1}")).Should().Be(vector);
        GenericSignature.Verify("s3cret", B("{\"a\":1}"), vector).Valid.Should().BeTrue();
        GenericSignature.Verify("s3cret", B("{\"a\":1}"), vector.ToUpperInvariant()).Valid.Should().BeTrue();
        GenericSignature.Verify("s3cret", B("{\"a\":2}"), vector).Valid.Should().BeFalse();
        GenericSignature.Verify("s3cret", B("{\"a\":1}"), vector[7..]).Problem.Should().Contain("sha256=");
        GenericSignature.Verify("s3cret", B("{\"a\":1}"), "sha256=zz").Valid.Should().BeFalse();
    }

    // stripe-node: webhooks.generateTestHeaderString({payload:'{"id":"evt_1"}', secret:'whsec_test', timestamp:1700000000})
    private const string StripeHeader = "t=1700000000,v1=c89214b5b5da833daed6f0b8c5bb6bd58cea9022bd80ccc78230f3942d632925";
    private static readonly DateTimeOffset StripeT = DateTimeOffset.FromUnixTimeSeconds(1700000000);

    [Fact]
    public void Stripe_header_from_stripe_node_verifies_within_the_tolerance()
    {
        StripeSignature.Sign("whsec_test", B("{\"id\":\"evt_1\"}"), StripeT).Should().Be(StripeHeader);
        StripeSignature.Verify("whsec_test", B("{\"id\":\"evt_1\"}"), StripeHeader, StripeT.AddSeconds(299)).Valid.Should().BeTrue();
    }

    [Fact]
    public void Stripe_header_older_than_the_tolerance_is_a_replay()
    {
        var check = StripeSignature.Verify("whsec_test", B("{\"id\":\"evt_1\"}"), StripeHeader, StripeT.AddSeconds(301));

        check.Valid.Should().BeFalse();
        check.Problem.Should().Contain("tolerance");
    }

    [Fact]
    public void Stripe_accepts_any_matching_v1_among_several()
    {
        var header = "t=1700000000,v1=" + new string('0', 64) + ",v0=abc," + StripeHeader.Split(',')[1];

        StripeSignature.Verify("whsec_test", B("{\"id\":\"evt_1\"}"), header, StripeT).Valid.Should().BeTrue();
    }

    [Theory]
    [InlineData("v1=c89214b5b5da833daed6f0b8c5bb6bd58cea9022bd80ccc78230f3942d632925")]
    [InlineData("t=1700000000")]
    [InlineData("t=abc,v1=00")]
    [InlineData("t=1700000000,v1=c89214b5b5da833daed6f0b8c5bb6bd58cea9022bd80ccc78230f3942d632926")]
    [InlineData("")]
    public void Stripe_rejects_broken_headers(string header)
    {
        StripeSignature.Verify("whsec_test", B("{\"id\":\"evt_1\"}"), header, StripeT).Valid.Should().BeFalse();
    }
}
