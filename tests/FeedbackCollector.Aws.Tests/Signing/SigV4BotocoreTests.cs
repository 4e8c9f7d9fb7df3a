using System.Net.Http.Headers;
using System.Text;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Auth;
using FeedbackCollector.Aws.Signing;

namespace FeedbackCollector.Aws.Tests.Signing;

/// <summary>
/// moto accepts any signature, so this is where the signer is proven: botocore (and AWSSDK.Core's own
/// AWS4Signer) sign the very requests our clients send, and the Authorization headers must be identical.
/// </summary>
public sealed class SigV4BotocoreTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 28, 4, 30, 15, TimeSpan.Zero);
    private static readonly AwsCredentials Session = new("ASIAEXAMPLEKEY123456", "k3y/With+Slash=Secret", "FwoGZXIvYXdzEXAMPLE//token+with/chars=");
    private static readonly AwsCredentials LongTerm = new("AKIAEXAMPLEKEY123456", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");

    public sealed record SigningCase(string Name, string Method, string Url, string? ContentType, string Body, string Service,
        AwsCredentials Credentials, bool S3 = false, params (string, string)[] Headers);

    public static TheoryData<string> CaseNames => new(Cases.Select(c => c.Name));

    private static readonly SigningCase[] Cases =
    [
        new("sesv2 send raw email with a session token", "POST", "https://email.ap-southeast-1.amazonaws.com/v2/email/outbound-emails",
            "application/json", """{"Content":{"Raw":{"Data":"RnJvbTogYQ=="}},"FromEmailAddress":"shop@example.com"}""", "ses", Session),
        new("scheduler delete with a query", "DELETE", "https://scheduler.ap-southeast-1.amazonaws.com/schedules/fc-a1b2.c3?groupName=fc-asks&clientToken=0f9e",
            null, "", "scheduler", LongTerm),
        new("secrets manager json 1.1 with a target header", "POST", "https://secretsmanager.ap-southeast-1.amazonaws.com/",
            "application/x-amz-json-1.1", """{"SecretId":"fc/token/signing-secret"}""", "secretsmanager", Session,
            false, ("X-Amz-Target", "secretsmanager.GetSecretValue")),
        new("bedrock converse with a colon in the model id", "POST",
            "https://bedrock-runtime.ap-southeast-1.amazonaws.com/model/global.anthropic.claude-haiku-4-5-20251001-v1%3A0/converse",
            "application/json", """{"messages":[{"role":"user","content":[{"text":"Très bien, merci ☺"}]}]}""", "bedrock", Session),
        new("lambda async invoke of an ARN", "POST",
            "https://lambda.ap-southeast-1.amazonaws.com/2015-03-31/functions/arn%3Aaws%3Alambda%3Aap-southeast-1%3A123456789012%3Afunction%3Afc-router/invocations",
            "application/json", """{"customerId":"c1","askId":"a1"}""", "lambda", Session, false, ("X-Amz-Invocation-Type", "Event")),
        new("get with an encoded query on a local port", "GET", "http://127.0.0.1:5123/schedules?NamePrefix=a%20b%2Fc%E2%98%BA&MaxResults=10",
            null, "", "scheduler", LongTerm),
        new("s3 put signs the path as sent", "PUT", "https://s3.ap-southeast-1.amazonaws.com/fc-inbox/raw/a%20b%3Dc.eml",
            "message/rfc822", "From: a@example.com\r\n\r\nhi", "s3", Session, true),
    ];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Our_authorization_header_matches_botocores_for_the_same_request(string name)
    {
        var c = Cases.Single(x => x.Name == name);
        var (ours, _) = SignOurs(c);

        var theirs = BotocoreSigner.Sign([ToBotocore(c)]).Single();

        ours.Authorization.Should().Be(theirs.Authorization, "canonical request ours:\n{0}\nbotocore:\n{1}", ours.CanonicalRequest, theirs.CanonicalRequest);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void AWSSDK_Core_derives_the_same_signature_from_our_canonical_request(string name)
    {
        var c = Cases.Single(x => x.Name == name);
        var (ours, _) = SignOurs(c);

        var sdk = AWS4Signer.ComputeSignature(new ImmutableCredentials(c.Credentials.AccessKeyId, c.Credentials.SecretAccessKey, c.Credentials.SessionToken),
            "ap-southeast-1", At.UtcDateTime, c.Service, ours.SignedHeaders, ours.CanonicalRequest);

        sdk.Signature.Should().Be(ours.Signature);
    }

    [Fact]
    public void A_session_token_is_sent_and_signed()
    {
        var (signature, request) = SignOurs(Cases[0]);

        request.Headers.GetValues("x-amz-security-token").Single().Should().Be(Session.SessionToken);
        signature.SignedHeaders.Should().Be("content-type;host;x-amz-date;x-amz-security-token");
    }

    private static (SigV4Signature, HttpRequestMessage) SignOurs(SigningCase c)
    {
        var request = new HttpRequestMessage(new HttpMethod(c.Method), new Uri(c.Url));
        var body = Encoding.UTF8.GetBytes(c.Body);
        if (c.ContentType is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(c.ContentType);
        }
        foreach (var (n, v) in c.Headers) request.Headers.TryAddWithoutValidation(n, v);
        request.RequestUri!.AbsolutePath.Should().Be(new Uri(c.Url).AbsolutePath);
        return (SigV4Signer.Sign(request, body, c.Credentials, "ap-southeast-1", c.Service, At, c.S3), request);
    }

    private static BotocoreCase ToBotocore(SigningCase c)
    {
        var headers = c.Headers.Select(h => new KeyValuePair<string, string>(h.Item1, h.Item2)).ToList();
        if (c.ContentType is not null) headers.Add(new("Content-Type", c.ContentType));
        return new BotocoreCase(c.Method, c.Url, headers, Encoding.UTF8.GetBytes(c.Body), c.Credentials.AccessKeyId,
            c.Credentials.SecretAccessKey, c.Credentials.SessionToken, "ap-southeast-1", c.Service, SigV4Signer.AmzDate(At), c.S3);
    }
}
