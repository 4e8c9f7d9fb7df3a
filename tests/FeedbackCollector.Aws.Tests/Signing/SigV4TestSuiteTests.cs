using FeedbackCollector.Aws.Signing;

namespace FeedbackCollector.Aws.Tests.Signing;

/// <summary>AWS's published SigV4 test suite (aws-sig-v4-test-suite): fixed credentials, date, region and service.</summary>
public sealed class SigV4TestSuiteTests
{
    private static readonly AwsCredentials Example = new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    private static readonly DateTimeOffset At = new(2015, 8, 30, 12, 36, 0, TimeSpan.Zero);
    private const string Scope = "AKIDEXAMPLE/20150830/us-east-1/service/aws4_request";

    private static SigV4Signature Sign(string method, string url, string payloadHash, params (string, string)[] extra)
    {
        var headers = new List<KeyValuePair<string, string>> { new("Host", "example.amazonaws.com"), new("X-Amz-Date", "20150830T123600Z") };
        headers.AddRange(extra.Select(h => new KeyValuePair<string, string>(h.Item1, h.Item2)));
        return SigV4Signer.Compute(new SigV4Request(method, new Uri(url), headers, payloadHash), Example, "us-east-1", "service", At);
    }

    [Fact]
    public void Get_vanilla_gives_the_published_signature()
    {
        var signature = Sign("GET", "https://example.amazonaws.com/", SigV4Signer.EmptyPayloadHash);

        signature.CanonicalRequest.Should().Be(
            "GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n" + SigV4Signer.EmptyPayloadHash);
        signature.Authorization.Should().Be(
            $"AWS4-HMAC-SHA256 Credential={Scope}, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");
    }

    [Fact]
    public void Get_vanilla_query_order_key_case_sorts_the_query_and_gives_the_published_signature()
    {
        var signature = Sign("GET", "https://example.amazonaws.com/?Param2=value2&Param1=value1", SigV4Signer.EmptyPayloadHash);

        signature.CanonicalRequest.Should().StartWith("GET\n/\nParam1=value1&Param2=value2\n");
        signature.Signature.Should().Be("b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500");
    }

    [Fact]
    public void Post_vanilla_gives_the_published_signature()
    {
        Sign("POST", "https://example.amazonaws.com/", SigV4Signer.EmptyPayloadHash).Signature
            .Should().Be("5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b");
    }

    [Fact]
    public void Post_x_www_form_urlencoded_signs_the_content_type_and_body_hash_as_published()
    {
        var bodyHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("Param1=value1"u8));

        var signature = Sign("POST", "https://example.amazonaws.com/", bodyHash, ("Content-Type", "application/x-www-form-urlencoded"));

        bodyHash.Should().Be("9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e");
        signature.StringToSign.Should().EndWith("42a5e5bb34198acb3e84da4f085bb7927f2bc277ca766e6d19c73c2154021281");
        signature.Authorization.Should().Be(
            $"AWS4-HMAC-SHA256 Credential={Scope}, SignedHeaders=content-type;host;x-amz-date, Signature=ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a");
    }

    [Fact]
    public void A_changed_secret_changes_the_signature()
    {
        var other = SigV4Signer.Compute(
            new SigV4Request("GET", new Uri("https://example.amazonaws.com/"),
                [new("Host", "example.amazonaws.com"), new("X-Amz-Date", "20150830T123600Z")], SigV4Signer.EmptyPayloadHash),
            Example with { SecretAccessKey = "another" }, "us-east-1", "service", At);

        other.Signature.Should().NotBe("5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");
    }
}
