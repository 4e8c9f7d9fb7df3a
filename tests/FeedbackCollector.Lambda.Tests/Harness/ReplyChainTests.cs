using System.Text;
using System.Text.Json.Nodes;
using Amazon.S3.Model;
using FeedbackCollector.Aws.Dynamo;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Tokens;
using FeedbackCollector.Lambda.Tests.Support;
using FeedbackCollector.Testing.Moto;

namespace FeedbackCollector.Lambda.Tests.Harness;

/// <summary>
/// The answer path through the x64 bootstrap against moto_server: reply-handler (star tap over its
/// Function URL, inbound MIME over an S3 event), router (Bedrock faked in Converse's shape) and dispatch
/// (the review nudge through SESv2). Async invokes between roles land on a fake Lambda endpoint, whose
/// captured payload is then fed to the next role, as Lambda would.
/// </summary>
public sealed class ReplyChainTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    private const string Rules = """
        Business: Mei's Salon
        Happy stars: 4 to 5
        Unhappy stars: 1 to 2
        Review link: Google https://g.page/r/MeisSalon/review
        Review link goes to: happy customers only
        """;

    [Fact]
    public async Task A_star_tap_get_shows_the_page_and_records_nothing_and_the_post_records_a_happy_row_and_hands_it_to_the_router()
    {
        var (moto, ask) = await SeedAsync();
        var token = Tokens(moto).Issue(ask.CustomerId, ask.AskId, DateTimeOffset.UtcNow.AddDays(30));
        await using var lambda = new FakeAwsEndpoint(202, "");
        await using var api = new FakeRuntimeApiServer();
        var get = api.Enqueue(RecordedEvents.Text("function-url-get-tap.json").Replace("/t/ab12cd34ef", $"/t/{token}/5", StringComparison.Ordinal));
        var getDone = await StartAndWait(moto, "reply-handler", api, lambda, get);
        var feedback = new DynamoDbFeedbackStore(moto.Clients.DynamoDb(), moto.Tables);
        var ct = TestContext.Current.CancellationToken;

        getDone.result.Body.Should().Contain("\"statusCode\":200").And.Contain("stars");
        (await feedback.GetAsync(ask.CustomerId, ask.AskId, ct)).Should().BeNull("a GET (a mail scanner opening the link) records nothing");
        lambda.Calls.Should().BeEmpty();

        var post = api.Enqueue(RecordedEvents.Text("function-url-post-tap.json").Replace("/t/ab12cd34ef", $"/t/{token}", StringComparison.Ordinal)
            .Replace("cz01JmNvbW1lbnQ9R3JlYXQrY3V0", Convert.ToBase64String(Encoding.UTF8.GetBytes("stars=5&comment=Great+cut")), StringComparison.Ordinal));
        var posted = await api.ResultOf(post, Wait);

        posted.IsError.Should().BeFalse(posted.Body + "\n" + string.Join('\n', getDone.process.Lines));
        var row = await feedback.GetAsync(ask.CustomerId, ask.AskId, ct);
        row.Should().NotBeNull();
        row!.Bucket.Should().Be(Bucket.Happy);
        row.Channel.Should().Be(Channel.Tap);
        var invoke = lambda.Calls.Should().ContainSingle().Subject;
        invoke.Path.Should().Be("/2015-03-31/functions/fc-router/invocations");
        JsonNode.Parse(invoke.Body)!["kind"]!.GetValue<string>().Should().Be("route");
        getDone.process.Dispose();
    }

    [Fact]
    public async Task An_inbound_mime_reply_in_s3_is_verified_and_handed_to_the_router_with_its_words_and_a_forged_one_is_logged_as_signature_failure()
    {
        var (moto, ask) = await SeedAsync();
        var ct = TestContext.Current.CancellationToken;
        var raw = "fc-raw-mime-" + moto.Tables.State[^10..];
        await moto.Clients.S3().PutBucketAsync(new PutBucketRequest { BucketName = raw, BucketRegion = MotoSlice.Region }, ct);
        var compact = Tokens(moto).IssueCompact(ask.CustomerId, ask.AskId, DateTimeOffset.UtcNow.AddDays(30));
        await PutMimeAsync(moto, raw, "inbound/good", $"r-{compact}@reply.example.com", ct);
        await PutMimeAsync(moto, raw, "inbound/forged", $"r-{Forge(compact)}@reply.example.com", ct);
        await using var lambda = new FakeAwsEndpoint(202, "");
        await using var api = new FakeRuntimeApiServer();
        var good = api.Enqueue(S3Event(raw, "inbound/good"));
        var forged = api.Enqueue(S3Event(raw, "inbound/forged"));

        var (result, process) = await StartAndWait(moto, "reply-handler", api, lambda, good, ("FC_RAW_MIME_BUCKET", raw));
        var forgedResult = await api.ResultOf(forged, Wait);

        result.IsError.Should().BeFalse(result.Body + "\n" + string.Join('\n', process.Lines));
        var invoke = JsonNode.Parse(lambda.Calls.Should().ContainSingle().Subject.Body)!;
        invoke["kind"]!.GetValue<string>().Should().Be("route");
        invoke["askId"]!.GetValue<string>().Should().Be(ask.AskId);
        invoke["text"]!.GetValue<string>().Should().Contain("Loved the haircut");
        invoke["rawKey"]!.GetValue<string>().Should().Be("inbound/good");
        forgedResult.Body.Should().Contain("\"outcome\":\"signature_failure\"");
        await WaitForLine(process, "\"outcome\":\"signature_failure\"");
        process.Dispose();
    }

    [Fact]
    public async Task A_hard_bounce_ses_forwarded_to_the_reply_address_suppresses_the_customer_and_goes_to_no_router()
    {
        var (moto, ask) = await SeedAsync();
        var ct = TestContext.Current.CancellationToken;
        var raw = "fc-raw-mime-" + moto.Tables.State[^10..];
        await moto.Clients.S3().PutBucketAsync(new PutBucketRequest { BucketName = raw, BucketRegion = MotoSlice.Region }, ct);
        var compact = Tokens(moto).IssueCompact(ask.CustomerId, ask.AskId, DateTimeOffset.UtcNow.AddDays(30));
        var bounce = $"From: MAILER-DAEMON@amazonses.com\r\nTo: r-{compact}@reply.example.com\r\nSubject: Delivery Status Notification (Failure)\r\n"
            + "MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n"
            + "--b\r\nContent-Type: text/plain\r\n\r\nAn error occurred while trying to deliver the mail.\r\n"
            + $"--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; amazonses.com\r\n\r\nFinal-Recipient: rfc822; {ask.Customer.Email}\r\n"
            + "Action: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\r\n\r\n--b--\r\n";
        await moto.Clients.S3().PutObjectAsync(new PutObjectRequest { BucketName = raw, Key = "inbound/bounce", ContentBody = bounce }, ct);
        await using var lambda = new FakeAwsEndpoint(202, "");
        await using var api = new FakeRuntimeApiServer();

        var (result, process) = await StartAndWait(moto, "reply-handler", api, lambda, api.Enqueue(S3Event(raw, "inbound/bounce")),
            ("FC_RAW_MIME_BUCKET", raw));

        result.IsError.Should().BeFalse(result.Body + "\n" + string.Join('\n', process.Lines));
        result.Body.Should().Contain("\"outcome\":\"suppressed-bounce\"");
        (await new DynamoDbSuppressionList(moto.Clients.DynamoDb(), moto.Tables).IsSuppressedAsync(ask.Customer.Email!, ct)).Should().BeTrue();
        lambda.Calls.Should().BeEmpty("a bounce is not a customer's answer");
        process.Dispose();
    }

    [Fact]
    public async Task The_router_classifies_a_reply_with_bedrock_records_it_and_dispatch_sends_the_review_nudge_through_sesv2()
    {
        var (moto, ask) = await SeedAsync();
        var ct = TestContext.Current.CancellationToken;
        await using var bedrock = new FakeAwsEndpoint(200, ConverseMood("happy", 0.95));
        await using var lambda = new FakeAwsEndpoint(202, "");
        await using var routerApi = new FakeRuntimeApiServer();
        var route = routerApi.Enqueue($$"""{"kind":"route","customerId":"{{ask.CustomerId}}","askId":"{{ask.AskId}}","text":"Loved the haircut, thank you!","rawKey":"inbound/x"}""");

        var (routed, router) = await StartAndWait(moto, "router", routerApi, lambda, route, ("AWS_ENDPOINT_URL_BEDROCK_RUNTIME", bedrock.Url));

        routed.IsError.Should().BeFalse(routed.Body + "\n" + string.Join('\n', router.Lines));
        routed.Body.Should().Contain("\"outcome\":\"recorded-happy\"");
        bedrock.Calls.Should().NotBeEmpty().And.OnlyContain(c => c.Path.Contains("/converse", StringComparison.Ordinal));
        var row = await new DynamoDbFeedbackStore(moto.Clients.DynamoDb(), moto.Tables).GetAsync(ask.CustomerId, ask.AskId, ct);
        row!.Bucket.Should().Be(Bucket.Happy);
        row.Channel.Should().Be(Channel.Email);
        (await new DynamoDbAskStore(moto.Clients.DynamoDb(), moto.Tables).GetAsync(ask.CustomerId, ask.AskId, ct))!.Status.Should().Be(AskStatus.Answered);
        var handOn = lambda.Calls.Should().ContainSingle().Subject;
        handOn.Path.Should().Be("/2015-03-31/functions/fc-dispatch/invocations");
        router.Dispose();

        await using var dispatchApi = new FakeRuntimeApiServer();
        var dispatch = dispatchApi.Enqueue(handOn.Body);
        var again = dispatchApi.Enqueue(handOn.Body);
        var (dispatched, dispatcher) = await StartAndWait(moto, "dispatch", dispatchApi, lambda, dispatch);
        var retried = await dispatchApi.ResultOf(again, Wait);

        dispatched.IsError.Should().BeFalse(dispatched.Body + "\n" + string.Join('\n', dispatcher.Lines));
        dispatched.Body.Should().Contain("\"outcome\":\"reviewnudge\"");
        retried.Body.Should().Contain("\"outcome\":\"already-done\"", "a retried dispatch must not nudge twice");
        // The nudge links to our own /r/{token}, which counts the click and forwards to the review page.
        (await moto.SentMailToAsync(ask.Customer.Email!)).Should().Contain("Subject: Thank you, Dana!").And.Contain("https://fc.example.com/r/a.");
        dispatcher.Dispose();
    }

    private static async Task<(MotoSlice Moto, Ask Ask)> SeedAsync()
    {
        var moto = await MotoSlice.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        await moto.Clients.S3().PutObjectAsync(new PutObjectRequest { BucketName = moto.RulesBucket, Key = "good/rules.txt", ContentBody = Rules }, ct);
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var email = $"dana-{suffix}@example.org";
        var customerId = AskId.ForCustomer(email, null);
        var ask = new Ask(customerId, AskId.ForVisit("square", suffix), new Customer(customerId, "Dana", email, null), "haircut",
            DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddHours(-20), AskStatus.Sent);
        (await new DynamoDbAskStore(moto.Clients.DynamoDb(), moto.Tables).TryAddAsync(ask, ct)).Should().BeTrue();
        return (moto, ask);
    }

    private static AskTokens Tokens(MotoSlice moto) => new(new SigningKey("a", moto.SigningKey));

    /// <summary>Flips one character of the token's tail (its MAC), keeping the alphabet.</summary>
    private static string Forge(string token) => token[..^1] + (token[^1] == 'a' ? 'b' : 'a');

    private static async Task<(PostedResult result, BootstrapProcess process)> StartAndWait(MotoSlice moto, string role,
        FakeRuntimeApiServer api, FakeAwsEndpoint lambda, string first, params (string Name, string Value)[] extra)
    {
        var env = moto.Environment(role, api.Address);
        env["AWS_ENDPOINT_URL_LAMBDA"] = lambda.Url;
        foreach (var (name, value) in extra) env[name] = value;
        var process = BootstrapProcess.Start(await PublishedBootstraps.X64BootstrapAsync(), env);
        return (await api.ResultOf(first, Wait), process);
    }

    private static async Task PutMimeAsync(MotoSlice moto, string bucket, string key, string to, CancellationToken ct)
    {
        var mime = $"From: Dana <dana@example.org>\r\nTo: {to}\r\nSubject: Re: How was your visit?\r\nMessage-ID: <{Guid.NewGuid():N}@example.org>\r\n"
            + "Date: Sat, 28 Nov 2026 03:10:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            + "Loved the haircut, thank you!\r\n\r\nOn Fri, Mei's Salon wrote:\r\n> How was your visit?\r\n";
        await moto.Clients.S3().PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = key, ContentBody = mime }, ct);
    }

    private static string S3Event(string bucket, string key) => RecordedEvents.Text("s3-put-mime.json")
        .Replace("\"name\": \"fc-raw-mime\"", $"\"name\": \"{bucket}\"", StringComparison.Ordinal)
        .Replace("inbound/o2k7l9m1n3p5q7r9s1t3+reply", key, StringComparison.Ordinal);

    private static string ConverseMood(string mood, double confidence) =>
        "{\"output\":{\"message\":{\"role\":\"assistant\",\"content\":[{\"text\":"
        + System.Text.Json.JsonSerializer.Serialize($$"""{"mood":"{{mood}}","confidence":{{confidence.ToString(System.Globalization.CultureInfo.InvariantCulture)}}}""")
        + "}]}},\"stopReason\":\"end_turn\",\"usage\":{\"inputTokens\":120,\"outputTokens\":14,\"totalTokens\":134},\"metrics\":{\"latencyMs\":412}}";

    private static async Task WaitForLine(BootstrapProcess process, string text)
    {
        for (var i = 0; i < 50 && !process.Lines.Any(l => l.Contains(text, StringComparison.Ordinal)); i++) await Task.Delay(100);
        process.Lines.Should().Contain(l => l.Contains(text, StringComparison.Ordinal), "the metric filter counts this log line");
    }
}
