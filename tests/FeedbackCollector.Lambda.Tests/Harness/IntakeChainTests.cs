using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Amazon.S3.Model;
using FeedbackCollector.Aws.Dynamo;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Lambda.Tests.Support;
using FeedbackCollector.Testing.Moto;

namespace FeedbackCollector.Lambda.Tests.Harness;

/// <summary>
/// The visit path through the x64 bootstrap against moto_server: intake-webhook verifies a signed POS
/// webhook, keeps the raw body in the raw bucket and hands the visit to request-builder, whose
/// plan-visits writes the ask and creates its one-off schedule.
/// </summary>
public sealed class IntakeChainTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_signed_webhook_is_kept_handed_to_request_builder_and_planned_as_one_pending_ask()
    {
        var moto = await MotoSlice.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        var secret = await moto.EnsureSecretAsync("fc/pos/webhook-secret", Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)));
        var raw = "fc-raw-mime-" + moto.Tables.State[^10..];
        await moto.Clients.S3().PutBucketAsync(new PutBucketRequest { BucketName = raw, BucketRegion = MotoSlice.Region }, ct);
        var saleId = Guid.NewGuid().ToString("N")[..12];
        var email = $"lee-{saleId}@example.org";
        var body = $$"""{"source":"till","source_id":"{{saleId}}","first_name":"Lee","email":"{{email}}","visit_type":"haircut","ended_at":"{{DateTimeOffset.UtcNow.AddHours(-1):O}}"}""";
        var signature = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));
        await using var lambda = new FakeAwsEndpoint(202, "");
        await using var intakeApi = new FakeRuntimeApiServer();
        var delivered = intakeApi.Enqueue(WebhookEvent(body, signature));
        var env = moto.Environment("intake-webhook", intakeApi.Address);
        env["AWS_ENDPOINT_URL_LAMBDA"] = lambda.Url;
        env["FC_RAW_MIME_BUCKET"] = raw;
        using var intake = BootstrapProcess.Start(await PublishedBootstraps.X64BootstrapAsync(), env);

        var answered = await intakeApi.ResultOf(delivered, Wait);

        answered.IsError.Should().BeFalse(answered.Body + "\n" + string.Join('\n', intake.Lines));
        answered.Body.Should().Contain("\"statusCode\":200");
        var kept = await moto.Clients.S3().ListObjectsV2Async(new ListObjectsV2Request { BucketName = raw, Prefix = "inbox/webhooks/generic/" }, ct);
        kept.S3Objects.Should().Contain(o => o.Key.EndsWith(".body", StringComparison.Ordinal), "the raw body is kept before it is parsed");
        var handOn = lambda.Calls.Should().ContainSingle().Subject;
        handOn.Path.Should().Be("/2015-03-31/functions/fc-request-builder/invocations");
        JsonNode.Parse(handOn.Body)!["kind"]!.GetValue<string>().Should().Be("plan-visits");

        await using var builderApi = new FakeRuntimeApiServer();
        var plan = builderApi.Enqueue(handOn.Body);
        var builderEnv = moto.Environment("request-builder", builderApi.Address);
        builderEnv["FC_SCHEDULE_GROUP"] = await moto.CreateScheduleGroupAsync();
        using var builder = BootstrapProcess.Start(await PublishedBootstraps.X64BootstrapAsync(), builderEnv);
        var planned = await builderApi.ResultOf(plan, Wait);

        planned.IsError.Should().BeFalse(planned.Body + "\n" + string.Join('\n', builder.Lines));
        planned.Body.Should().Contain("\"outcome\":\"planned\"").And.Contain("\"count\":1");
        var customerId = AskId.ForCustomer(email, null);
        var ask = await new DynamoDbAskStore(moto.Clients.DynamoDb(), moto.Tables).GetAsync(customerId, AskId.ForVisit("till", saleId), ct);
        ask.Should().NotBeNull();
        ask!.Status.Should().Be(AskStatus.Pending);
    }

    private static string WebhookEvent(string body, string signature) => new JsonObject
    {
        ["version"] = "2.0",
        ["rawPath"] = "/webhook",
        ["rawQueryString"] = "",
        ["headers"] = new JsonObject { ["content-type"] = "application/json", ["x-fc-signature"] = signature },
        ["requestContext"] = new JsonObject { ["http"] = new JsonObject { ["method"] = "POST", ["path"] = "/webhook", ["sourceIp"] = "203.0.113.9" } },
        ["body"] = body,
        ["isBase64Encoded"] = false,
    }.ToJsonString();
}
