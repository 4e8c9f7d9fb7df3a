using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Amazon.DynamoDBv2.Model;
using Amazon.S3.Model;
using FeedbackCollector.Aws.Dynamo;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Lambda.Tests.Support;
using FeedbackCollector.Testing.Moto;
using Microsoft.Extensions.Time.Testing;

namespace FeedbackCollector.Lambda.Tests.Rehearsal;

/// <summary>
/// One business day on a stack deployed from the template, doing only what docs/deploy.md has the operator do:
/// samconfig's parameters, the SES identities (steps 1 and 6), the secret values (step 5) and the rules.txt upload
/// (step 5). Each step asserts the rows and mails it should leave; a failed step throws naming itself.
/// </summary>
internal sealed partial class BusinessDay : IAsyncDisposable
{
    /// <summary>Monday 2 Nov 2026, 09:00 in Singapore.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 2, 1, 0, 0, TimeSpan.Zero);

    public const string UnhappyWords = "The colour came out patchy and nobody listened.";

    public const string Rules = """
        Business: Mei's Salon
        Timezone: Asia/Singapore
        Quiet hours: 9pm to 9am
        Wait after purchase: 2 hours
        Happy stars: 4 to 5
        Unhappy stars: 1 to 2
        Classifier confidence: 70%
        Review link: Google https://g.page/r/MeisSalon/review
        Review link goes to: happy customers only
        """;

    public const string Voice = """
        Thank you (happy): Thanks, {first_name}! See you again at {business}.
        Thank you (unhappy): Sorry, {first_name}. The owner of {business} will call you.
        """;

    private readonly FakeTimeProvider _clock = new(Start);
    private readonly FakeAwsEndpoint _lambda = new(202, "");
    private readonly FakeAwsEndpoint _bedrock = new(call => (200, Converse(call.Body.Contains(UnhappyWords, StringComparison.Ordinal)
        ? """{"mood":"unhappy","confidence":0.92}""" : "A steady month: every ask went out and the answers were kind.")));
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private RehearsedStack _stack = null!;
    private RehearsalLambda _aws = null!;
    private string _webhookSecret = "";

    public IReadOnlyList<Played> Played => _aws?.Log ?? [];

    public string Owner { get; private set; } = "";

    private string Customer(string name) => $"{name}-{_run}@example.org";

    /// <summary>Runs the day on the given (expanded) template; throws <see cref="RehearsalException"/> naming the first step that failed.</summary>
    public async Task RunAsync(JsonObject template)
    {
        await Step("deploy the stack", async () =>
        {
            // The operator's own addresses (moto's SES outbox is shared by every account, so they name this run).
            Owner = $"owner-{_run}@example.com";
            _stack = await RehearsedStack.DeployAsync(template, "1" + RandomNumberGenerator.GetInt32(100_000_000, 999_999_999) + "42",
                new Dictionary<string, string> { ["OwnerEmail"] = Owner, ["SenderAddress"] = $"feedback-{_run}@example.com" });
            _aws = new RehearsalLambda(_stack, _clock, _lambda, _bedrock, await PublishedBootstraps.X64BootstrapAsync());
        });
        await Step("the operator's steps in docs/deploy.md", OperatorStepsAsync);
        await Step("a signed POS webhook plans an ask", WebhooksAsync);
        await Step("the one-off schedules fire and the asks are in SES", AsksAsync);
        await Step("a 5-star tap (GET then POST) ends in a review nudge", FiveStarTapAsync);
        await Step("an unhappy email reply reaches the owner as a ping", UnhappyReplyAsync);
        await Step("a hard bounce suppresses the customer", BounceAsync);
        await Step("the daily sweep runs", async () => Outcome(await _aws.FireRecurringAsync(Schedule("daily-sweep"))).Should().Be("swept"));
        await Step("the monthly summary is mailed to the owner", SummaryAsync);
        await Step("a bad rules.txt upload is refused and the owner is told which line", BadUploadAsync);
    }

    private async Task OperatorStepsAsync()
    {
        var (_, parameters) = RehearsedStack.OperatorConfig();
        // 1 and 6: the sending domain's and the reply domain's SES identities.
        foreach (var identity in new[] { parameters["SenderDomain"], parameters["ReplyDomain"] })
            await _stack.Account.CallAsync("ses", "/v2/email/identities", null, RehearsedStack.Json(new() { ["EmailIdentity"] = identity }));
        // 5: the secrets' values.
        _webhookSecret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));
        foreach (var (name, value) in new[]
                 {
                     ("fc/token/signing-secret", "a:" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))),
                     ("fc/pos/webhook-secret", _webhookSecret),
                     ("fc/slack/bot-token", "xoxb-rehearsal"),
                     ("fc/drive/sa", """{"type":"service_account"}"""),
                 })
            await _stack.Account.CallAsync("secretsmanager", "/", "secretsmanager.PutSecretValue", RehearsedStack.Json(new() { ["SecretId"] = name, ["SecretString"] = value }));
        // 5: rules.txt and voice.txt uploaded to the rules bucket; drive-sync validates them on its next run.
        var rulesBucket = _stack.Function("drive-sync").Variables["FC_RULES_BUCKET"];
        await Upload(rulesBucket, "incoming/rules.txt", Rules);
        await Upload(rulesBucket, "incoming/voice.txt", Voice);
        Outcome(await _aws.FireRecurringAsync(Schedule("drive-sync"))).Should().Be("docs-updated");
        Outcome(await _aws.FireRecurringAsync(Schedule("calendar-sync"))).Should().Be("not-configured", "no calendar_id is set");
    }

    private async Task WebhooksAsync()
    {
        foreach (var name in new[] { "dana", "lee", "bo" })
        {
            var body = $$"""{"source":"till","source_id":"{{name}}-{{_run}}","first_name":"{{char.ToUpperInvariant(name[0]) + name[1..]}}","email":"{{Customer(name)}}","ended_at":"{{Start.AddHours(-1):yyyy-MM-ddTHH:mm:ssZ}}"}""";
            var signature = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(_webhookSecret), Encoding.UTF8.GetBytes(body)));
            var response = await _aws.RequestAsync("intake-webhook", "POST", "/webhook", body, new Dictionary<string, string> { ["x-fc-signature"] = signature });
            ((int?)response["statusCode"]).Should().Be(200, response.ToJsonString());
        }
        foreach (var name in new[] { "dana", "lee", "bo" })
            (await AskAsync(name))!.Status.Should().Be(AskStatus.Pending);
    }

    private async Task AsksAsync()
    {
        _clock.Advance(TimeSpan.FromHours(3));
        (await _aws.FireDueOneOffsAsync(_stack.Function("request-builder").Variables["FC_SCHEDULE_GROUP"])).Should().Be(3);
        foreach (var name in new[] { "dana", "lee", "bo" })
        {
            (await AskAsync(name))!.Status.Should().Be(AskStatus.Sent);
            (await _stack.Account.MailsToAsync(Customer(name))).Should().ContainSingle().Which.Should().Contain("/t/").And.Contain("List-Unsubscribe");
        }
    }

    private async Task FiveStarTapAsync()
    {
        var ask = (await _stack.Account.MailsToAsync(Customer("dana"))).Single();
        var star = new Uri(StarLink().Matches(Unfold(ask)).Select(m => m.Value).First(u => u.EndsWith("/5", StringComparison.Ordinal)));
        star.Host.Should().Be(new Uri(_stack.Function("reply-handler").Url!).Host, "links point at reply-handler's Function URL");
        var page = await _aws.RequestAsync("reply-handler", "GET", star.AbsolutePath, null);
        ((int?)page["statusCode"]).Should().Be(200);
        (await FeedbackAsync("dana")).Should().BeNull("a GET never records a rating");
        var token = star.AbsolutePath.Split('/')[2];
        var posted = await _aws.RequestAsync("reply-handler", "POST", "/t/" + token, "stars=5");
        ((int?)posted["statusCode"]).Should().BeOneOf(200, 303);
        (await FeedbackAsync("dana"))!["bucket"].S.Should().Be("happy");
        (await AuditAsync("dana")).Should().Contain("ReviewNudge");
        (await _stack.Account.MailsToAsync(Customer("dana"))).Should().HaveCount(2)
            .And.Contain(m => Unfold(m).Contains(new Uri(_stack.Function("reply-handler").Url!).Host + "/r/", StringComparison.Ordinal), "the nudge links the review page");
    }

    private async Task UnhappyReplyAsync()
    {
        var ask = (await _stack.Account.MailsToAsync(Customer("lee"))).Single();
        var replyTo = ReplyAddress().Match(ask).Value;
        var mime = $"From: Lee <{Customer("lee")}>\r\nTo: {replyTo}\r\nSubject: Re: How was your visit?\r\nMessage-ID: <lee-{_run}@example.org>\r\n"
            + $"Date: {_clock.GetUtcNow():R}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{UnhappyWords}\r\n";
        var outcome = await DeliverAsync("lee", mime);
        Outcome(outcome!).Should().NotBe("signature_failure");
        (await FeedbackAsync("lee"))!["bucket"].S.Should().Be("unhappy");
        (await AuditAsync("lee")).Should().Contain("OwnerPing");
        (await _stack.Account.MailsToAsync(Owner)).Should().Contain(m => m.Contains("patchy", StringComparison.Ordinal),
            "the owner ping goes to the owner_email the operator gave");
    }

    private async Task BounceAsync()
    {
        var ask = (await _stack.Account.MailsToAsync(Customer("bo"))).Single();
        var replyTo = ReplyAddress().Match(ask).Value;
        var dsn = $"From: MAILER-DAEMON@amazonses.com\r\nTo: {replyTo}\r\nSubject: Delivery Status Notification (Failure)\r\n"
            + "MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n"
            + "--b\r\nContent-Type: text/plain\r\n\r\nAn error occurred while trying to deliver the mail.\r\n"
            + $"--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; amazonses.com\r\n\r\nFinal-Recipient: rfc822; {Customer("bo")}\r\n"
            + "Action: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\r\n\r\n--b--\r\n";
        Outcome((await DeliverAsync("bo", dsn))!).Should().Be("suppressed-bounce");
        (await new DynamoDbSuppressionList(_stack.Account.Clients.DynamoDb(), Tables).IsSuppressedAsync(Customer("bo"), CancellationToken.None)).Should().BeTrue();
    }

    private async Task SummaryAsync()
    {
        Outcome(await _aws.FireRecurringAsync(Schedule("monthly-summary"))).Should().Be("written");
        (await _stack.Account.MailsToAsync(Owner)).Should().Contain(m => m.Contains("your feedback for", StringComparison.OrdinalIgnoreCase));
    }

    private async Task BadUploadAsync()
    {
        var rulesBucket = _stack.Function("drive-sync").Variables["FC_RULES_BUCKET"];
        await Upload(rulesBucket, "incoming/rules.txt", Rules + "\nHappy stars: lots\n");
        Outcome(await _aws.FireRecurringAsync(Schedule("drive-sync"))).Should().Be("docs-refused");
        _aws.Log[^1].Alerts.Should().Equal([Logging.OwnerAlerts.DocEditRefused], "a refused edit is counted for its alarm");
        (await _stack.Account.MailsToAsync(Owner)).Should().Contain(m => m.Contains("rules.txt has problems", StringComparison.Ordinal)
            && Unfold(m).Contains("line 10", StringComparison.Ordinal));
        var good = await _stack.Account.Clients.S3().GetObjectAsync(rulesBucket, "good/rules.txt");
        (await new StreamReader(good.ResponseStream).ReadToEndAsync()).Should().Be(Rules, "the last good version stays");
    }

    /// <summary>A reply as SES's receipt rule writes it: raw MIME under inbound/ in the raw bucket, which notifies reply-handler.</summary>
    private async Task<JsonNode?> DeliverAsync(string name, string mime)
    {
        var bucket = _stack.Function("reply-handler").Variables["FC_RAW_MIME_BUCKET"];
        var key = $"inbound/{name}-{_run}-{Guid.NewGuid():N}";
        await Upload(bucket, key, mime);
        return await _aws.ObjectCreatedAsync(bucket, key, Encoding.UTF8.GetByteCount(mime))
            ?? throw new InvalidOperationException($"no function is notified of {key} in {bucket}");
    }

    private DynamoTables Tables
    {
        get
        {
            var v = _stack.Function("dispatch").Variables;
            return new DynamoTables(v["FC_STATE_TABLE"], v["FC_FEEDBACK_TABLE"], v["FC_AUDIT_TABLE"]);
        }
    }

    private Task<Ask?> AskAsync(string name) => new DynamoDbAskStore(_stack.Account.Clients.DynamoDb(), Tables)
        .GetAsync(AskId.ForCustomer(Customer(name), null), AskId.ForVisit("till", $"{name}-{_run}"), CancellationToken.None);

    private async Task<Dictionary<string, AttributeValue>?> FeedbackAsync(string name)
    {
        var item = await _stack.Account.Clients.DynamoDb().GetItemAsync(new GetItemRequest(Tables.Feedback, new Dictionary<string, AttributeValue>
        {
            ["customer_id"] = new(AskId.ForCustomer(Customer(name), null)), ["ask_id"] = new(AskId.ForVisit("till", $"{name}-{_run}")),
        }));
        return item.IsItemSet ? item.Item : null;
    }

    private async Task<string> AuditAsync(string name)
    {
        var rows = await _stack.Account.Clients.DynamoDb().QueryAsync(new QueryRequest
        {
            TableName = Tables.Audit, KeyConditionExpression = "customer_id = :c",
            ExpressionAttributeValues = new() { [":c"] = new(AskId.ForCustomer(Customer(name), null)) },
        });
        return string.Join(' ', rows.Items.Select(i => i.GetValueOrDefault("move")?.S));
    }

    private Task Upload(string bucket, string key, string text) =>
        _stack.Account.Clients.S3().PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = key, ContentBody = text });

    private string Schedule(string suffix) => _stack.Schedules.Single(s => s.Name.EndsWith(suffix, StringComparison.Ordinal)).Name;

    private static string Outcome(JsonNode result) => RehearsalLambda.Outcome(result);

    private static async Task Step(string name, Func<Task> step)
    {
        try { await step(); }
        catch (Exception e) when (e is not RehearsalException) { throw new RehearsalException($"step '{name}': {e.Message}", e); }
        catch (RehearsalException e) { throw new RehearsalException($"step '{name}': {e.Message}", e); }
    }

    /// <summary>The plain-text body as the customer reads it (quoted-printable decoded).</summary>
    private static string Unfold(string mime)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(mime));
        return MimeKit.MimeMessage.Load(stream).TextBody ?? "";
    }

    private static string Converse(string text) =>
        "{\"output\":{\"message\":{\"role\":\"assistant\",\"content\":[{\"text\":" + System.Text.Json.JsonSerializer.Serialize(text)
        + "}]}},\"stopReason\":\"end_turn\",\"usage\":{\"inputTokens\":120,\"outputTokens\":14,\"totalTokens\":134},\"metrics\":{\"latencyMs\":412}}";

    [GeneratedRegex(@"https://[^\s""'<>/]+/t/[^\s/""'<>]+/[1-5]")]
    private static partial Regex StarLink();

    [GeneratedRegex(@"r-[A-Za-z0-9]+@[A-Za-z0-9.\-]+")]
    private static partial Regex ReplyAddress();

    public async ValueTask DisposeAsync()
    {
        await _lambda.DisposeAsync();
        await _bedrock.DisposeAsync();
    }
}
