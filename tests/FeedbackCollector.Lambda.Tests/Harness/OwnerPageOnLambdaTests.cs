using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Amazon.S3.Model;
using FeedbackCollector.Aws.Dynamo;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Lambda.Composition;
using FeedbackCollector.Lambda.Events;
using FeedbackCollector.Lambda.Roles;
using FeedbackCollector.Lambda.Runtime;
using FeedbackCollector.Lambda.Tests.Support;
using FeedbackCollector.Lambda.UseCases;
using FeedbackCollector.Testing.Moto;
using Microsoft.Extensions.Time.Testing;

namespace FeedbackCollector.Lambda.Tests.Harness;

/// <summary>
/// The owner page on AWS: reply-handler composed in-process as LambdaComposition does (RoleSwitch over FlowUseCases over
/// the AWS adapters on moto_server, its secrets read from Secrets Manager), fed Function URL events. The key comes from
/// fc/owner/key; the session cookie travels in the event's cookies list both ways; a decision is recorded and its moves
/// handed on (through the router, the one function reply-handler may invoke) to dispatch.
/// </summary>
public sealed partial class OwnerPageOnLambdaTests : IRoleInvoker
{
    private const string Host = "abc.lambda-url.ap-southeast-1.on.aws";
    private const string Rules = """
        Business: Mei's Salon
        Timezone: Asia/Singapore
        Happy stars: 4 to 5
        Unhappy stars: 1 to 2
        Review link: Google https://g.page/r/MeisSalon/review
        """;

    /// <summary>Monday 2 March 2026, 18:00 in Singapore.</summary>
    private static readonly DateTimeOffset Answered = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Answered.AddHours(16));
    private readonly List<(Role Target, string Payload)> _invokes = [];

    Task IRoleInvoker.InvokeAsync(Role target, byte[] payload, CancellationToken ct)
    {
        _invokes.Add((target, Encoding.UTF8.GetString(payload)));
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_key_from_secrets_manager_opens_a_session_the_page_shows_local_times_and_charts_and_a_decision_is_recorded_and_handed_on()
    {
        var ct = TestContext.Current.CancellationToken;
        var moto = await MotoSlice.CreateAsync();
        var key = await moto.EnsureSecretAsync("fc/owner/key", "owner-key-" + Guid.NewGuid().ToString("N"));
        var (unclear, complaint) = await SeedAsync(moto, ct);
        var handler = await ReplyHandlerAsync(moto, ct);

        (await SendAsync(handler, "GET", "/owner", "key=not-the-key")).StatusCode.Should().Be(401);
        var signIn = await SendAsync(handler, "GET", "/owner", "key=" + WebUtility.UrlEncode(key));
        signIn.StatusCode.Should().Be(303);
        var cookie = signIn.Cookies.Should().ContainSingle().Subject;
        cookie.Should().StartWith("fc_owner=").And.Contain("HttpOnly").And.Contain("SameSite=Strict").And.Contain("Secure");
        var session = cookie.Split(';')[0];

        (await SendAsync(handler, "GET", "/owner")).StatusCode.Should().Be(401, "no cookie, no page");
        var page = await SendAsync(handler, "GET", "/owner", cookies: [session]);
        page.StatusCode.Should().Be(200);
        var html = Body(page);
        html.Should().Contain("Mei&#39;s Salon").And.Contain("Mon 2 Mar 2026, 18:00", "10:00 UTC is 18:00 in Singapore")
            .And.Contain("It was ok I suppose &lt;b&gt;").And.NotContain("<b>").And.Contain("data-chart=\"weekly\"").And.Contain("Complaints (1 open)");
        html.Should().NotContain(unclear.AskId + "<").And.NotContain(">" + unclear.CustomerId, "ids travel only in the forms' hidden fields");

        var csrf = Csrf().Match(html).Groups[1].Value;
        var crossSite = await SendAsync(handler, "POST", "/owner/decide", body: $"csrf={csrf}&customer={unclear.CustomerId}&ask={unclear.AskId}&action=happy",
            cookies: [session], extra: new() { ["sec-fetch-site"] = "cross-site", ["origin"] = "https://evil.example" });
        crossSite.StatusCode.Should().Be(403);
        var decide = await SendAsync(handler, "POST", "/owner/decide", body: $"csrf={csrf}&customer={unclear.CustomerId}&ask={unclear.AskId}&action=happy",
            cookies: [session], extra: new() { ["sec-fetch-site"] = "same-origin", ["origin"] = "https://" + Host });
        decide.StatusCode.Should().Be(303);
        decide.Headers["location"].Should().Be("/owner?done=1");
        var resolve = await SendAsync(handler, "POST", "/owner/decide", body: $"csrf={csrf}&customer={complaint.CustomerId}&ask={complaint.AskId}&action=resolve",
            cookies: [session]);
        resolve.Headers["location"].Should().Be("/owner?done=1");

        var audit = new DynamoDbAuditLog(moto.Clients.DynamoDb(), moto.Tables);
        (await audit.ListForAskAsync(unclear.CustomerId, unclear.AskId, ct)).Should().Contain(e => e.Move == Move.MarkedHappy && e.ByUser == "owner");
        (await audit.ListForAskAsync(complaint.CustomerId, complaint.AskId, ct)).Should().Contain(e => e.Move == Move.Resolved && e.ByUser == "owner");
        var handOn = _invokes.Should().ContainSingle("only the mark has moves to make; resolving has none").Subject;
        handOn.Target.Should().Be(Role.Router, "reply-handler may invoke only the router, which hands a recorded answer on to dispatch");
        var invoke = JsonNode.Parse(handOn.Payload)!;
        invoke["kind"]!.GetValue<string>().Should().Be("route");
        invoke["askId"]!.GetValue<string>().Should().Be(unclear.AskId);
        invoke["text"].Should().BeNull("the answer is already recorded: only its move is to be made");
        Body(await SendAsync(handler, "GET", "/owner", cookies: [session])).Should().Contain("Needs you (0)").And.Contain("Complaints (0 open)");
    }

    [Fact]
    public async Task Sign_out_everywhere_on_one_reply_handler_instance_ends_the_sessions_another_instance_started()
    {
        var ct = TestContext.Current.CancellationToken;
        var moto = await MotoSlice.CreateAsync();
        var key = await moto.EnsureSecretAsync("fc/owner/key", "owner-key-" + Guid.NewGuid().ToString("N"));
        await SeedAsync(moto, ct);
        var first = await ReplyHandlerAsync(moto, ct);
        var second = await ReplyHandlerAsync(moto, ct);
        var phone = (await SendAsync(first, "GET", "/owner", "key=" + WebUtility.UrlEncode(key))).Cookies!.Single().Split(';')[0];
        _clock.Advance(TimeSpan.FromMinutes(3));
        var laptop = (await SendAsync(second, "GET", "/owner", "key=" + WebUtility.UrlEncode(key))).Cookies!.Single().Split(';')[0];
        var csrf = Csrf().Match(Body(await SendAsync(second, "GET", "/owner", cookies: [laptop]))).Groups[1].Value;
        _clock.Advance(TimeSpan.FromSeconds(2));

        var ended = await SendAsync(second, "POST", "/owner/sign-out-everywhere", body: "csrf=" + csrf, cookies: [laptop]);

        ended.StatusCode.Should().Be(200);
        ended.Cookies.Should().ContainSingle().Which.Should().Contain("Max-Age=0");
        (await SendAsync(first, "GET", "/owner", cookies: [phone])).StatusCode.Should().Be(401, "the other instance reads the same ending");
        (await SendAsync(second, "GET", "/owner", cookies: [laptop])).StatusCode.Should().Be(401);
        _clock.Advance(TimeSpan.FromSeconds(1));
        var fresh = (await SendAsync(first, "GET", "/owner", "key=" + WebUtility.UrlEncode(key))).Cookies!.Single().Split(';')[0];
        (await SendAsync(first, "GET", "/owner", cookies: [fresh])).StatusCode.Should().Be(200);
        var audit = new DynamoDbAuditLog(moto.Clients.DynamoDb(), moto.Tables);
        (await audit.ListForAskAsync(OwnerSessionsEnded.CustomerId, OwnerSessionsEnded.AskId, ct)).Should()
            .ContainSingle().Which.Move.Should().Be(Move.SessionsEnded);
    }

    private async Task<IInvocationHandler> ReplyHandlerAsync(MotoSlice moto, CancellationToken ct)
    {
        // The SDK clients (DynamoDB, S3, SSM) read credentials from the process, as in Lambda; moto checks none.
        if (Environment.GetEnvironmentVariable("AWS_ACCESS_KEY_ID") is null) Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", "testing");
        if (Environment.GetEnvironmentVariable("AWS_SECRET_ACCESS_KEY") is null) Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", "testing");
        var env = new FakeEnvironment(moto.Environment("reply-handler", "unused"));
        var aws = new AwsPlumbing(LambdaSettings.From(env), env, _clock);
        var config = await ConfigSnapshot.LoadAsync(aws.Config(), aws.Secrets(), RoleSecrets.For(Role.ReplyHandler), ct);
        return RoleSwitch.Create(Role.ReplyHandler, new FlowUseCases(aws, config, _clock, Role.ReplyHandler, invoker: this));
    }

    private static async Task<(Ask Unclear, Ask Complaint)> SeedAsync(MotoSlice moto, CancellationToken ct)
    {
        await moto.Clients.S3().PutObjectAsync(new PutObjectRequest { BucketName = moto.RulesBucket, Key = "good/rules.txt", ContentBody = Rules }, ct);
        var asks = new DynamoDbAskStore(moto.Clients.DynamoDb(), moto.Tables);
        var feedback = new DynamoDbFeedbackStore(moto.Clients.DynamoDb(), moto.Tables);
        var unclear = Ask("Dana");
        var complaint = Ask("Eli");
        foreach (var ask in new[] { unclear, complaint }) (await asks.TryAddAsync(ask, ct)).Should().BeTrue();
        await feedback.TryAddAsync(new Feedback(unclear.CustomerId, unclear.AskId, Answered, Channel.Email, "It was ok I suppose <b>", Bucket.Unclear, "text: unclear 0.5"), ct);
        await feedback.TryAddAsync(new Feedback(complaint.CustomerId, complaint.AskId, Answered.AddMinutes(5), Channel.Tap, "1\nToo rushed", Bucket.Unhappy, "1 stars"), ct);
        return (unclear, complaint);
    }

    private static Ask Ask(string name)
    {
        var email = $"{name.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        var customerId = AskId.ForCustomer(email, null);
        var sent = Answered.AddHours(-3);
        return new Ask(customerId, AskId.ForVisit("square", Guid.NewGuid().ToString("N")[..10]), new Customer(customerId, name, email, null), "haircut",
            sent.AddHours(-2), sent, AskStatus.Answered, sent);
    }

    private async Task<FunctionUrlResponse> SendAsync(IInvocationHandler handler, string method, string path, string? query = null,
        string? body = null, IReadOnlyList<string>? cookies = null, Dictionary<string, string>? extra = null)
    {
        var headers = new Dictionary<string, string> { ["content-type"] = "application/x-www-form-urlencoded", ["host"] = Host };
        foreach (var (name, value) in extra ?? []) headers[name] = value;
        var request = new FunctionUrlRequest("2.0", path, query ?? "", cookies, headers,
            new FunctionUrlRequestContext("req-1", Host, _clock.GetUtcNow().ToUnixTimeMilliseconds(), new FunctionUrlHttp(method, path, "HTTP/1.1", "203.0.113.7", "Mozilla/5.0")),
            body is null ? null : Convert.ToBase64String(Encoding.UTF8.GetBytes(body)), body is not null);
        var result = await handler.HandleAsync(JsonSerializer.SerializeToUtf8Bytes(request, LambdaEventsJsonContext.Default.FunctionUrlRequest),
            new InvocationContext(Guid.NewGuid().ToString("N"), null, null, null), CancellationToken.None);
        var response = JsonSerializer.Deserialize(result.Payload, LambdaEventsJsonContext.Default.FunctionUrlResponse)!;
        return response with { Headers = new Dictionary<string, string>(response.Headers, StringComparer.OrdinalIgnoreCase), Cookies = response.Cookies ?? [] };
    }

    private static string Body(FunctionUrlResponse response) =>
        response.IsBase64Encoded ? Encoding.UTF8.GetString(Convert.FromBase64String(response.Body)) : response.Body;

    [GeneratedRegex("name=\"csrf\" value=\"([a-z2-7]+)\"")]
    private static partial Regex Csrf();
}
