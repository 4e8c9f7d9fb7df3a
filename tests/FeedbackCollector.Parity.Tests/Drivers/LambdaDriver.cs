using System.Text;
using System.Text.Json;
using Amazon.S3;
using Amazon.S3.Model;
using FeedbackCollector.App;
using FeedbackCollector.Aws.Scheduler;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Lambda.Composition;
using FeedbackCollector.Lambda.Events;
using FeedbackCollector.Lambda.Roles;
using FeedbackCollector.Lambda.Runtime;
using FeedbackCollector.Lambda.UseCases;
using FeedbackCollector.Testing.Fakes;
using FeedbackCollector.Testing.Faults;
using FeedbackCollector.Testing.Moto;
using Microsoft.Extensions.Time.Testing;

namespace FeedbackCollector.Parity.Tests.Drivers;

/// <summary>
/// The Lambda host in-process: each role's real handler (RoleSwitch over FlowUseCases over the AWS adapters on
/// moto_server), fed the events Lambda would feed it: Function URL requests, S3 notifications for MIME under the raw
/// bucket's inbound/ prefix, the recurring schedules' tasks and the one-off schedules' Input read back from moto's
/// Scheduler. Each hand-off invoke is captured and played into the target role until none is left, as Lambda would.
/// </summary>
internal sealed class LambdaDriver : IParityDriver, IRoleInvoker
{
    private readonly FakeTimeProvider _clock;
    private readonly FakeMoodClassifier _classifier = ParityWorld.Classifier();
    private readonly Queue<(Role Target, byte[] Payload)> _invokes = new();
    private readonly Dictionary<Role, (IInvocationHandler Handler, IFlowAdapters Adapters)> _roles = [];
    private readonly HashSet<string> _fired = new(StringComparer.Ordinal);
    private readonly MotoSlice _moto;
    private readonly string _rawBucket;
    private readonly string _group;
    private readonly bool _modelParagraphs;
    private readonly HttpClient? _ownerHttp;
    private readonly List<string> _alerts = [];
    private readonly Dictionary<string, string?> _env;
    private readonly Dictionary<Role, FaultProxy> _calls = [];

    private LambdaDriver(MotoSlice moto, string rawBucket, string group, DateTimeOffset start, Uri? bedrock, Uri? twilio, HttpClient? ownerHttp, Uri? google)
    {
        _ownerHttp = ownerHttp;
        _clock = new FakeTimeProvider(start);
        _moto = moto;
        _rawBucket = rawBucket;
        _group = group;
        _env = moto.Environment("parity", "unused");
        var env = new DictionaryEnvironment(_env);
        env.Set("FC_RAW_MIME_BUCKET", rawBucket);
        env.Set("FC_CUSTOMERS_BUCKET", CustomersBucketOf(moto));
        if (google is not null) env.Set("FC_GOOGLE_ENDPOINT_URL", google.AbsoluteUri);
        env.Set("FC_SCHEDULE_GROUP", group);
        if (bedrock is not null) env.Set("AWS_ENDPOINT_URL_BEDROCK_RUNTIME", bedrock.AbsoluteUri);
        if (twilio is not null) env.Set("FC_TWILIO_ENDPOINT_URL", twilio.AbsoluteUri);
        _modelParagraphs = bedrock is not null;
    }

    public string Name => "lambda";

    /// <param name="start">The clock's start: <see cref="ParityWorld.Start"/> unless a test's material is dated otherwise.</param>
    /// <param name="bedrock">
    /// Bedrock Runtime at this address (AWS_ENDPOINT_URL_BEDROCK_RUNTIME, a fake Converse), and the summary's paragraph
    /// from the role's Bedrock writer; null keeps the plain paragraph, as the local driver has it.
    /// </param>
    /// <param name="refuse">Mails SES refuses for good (see <see cref="RefusingMailer"/>); null: none.</param>
    /// <param name="ownerHttp">Carries the roles' Slack calls (a fake slack.com); null leaves them on the runtime's own client.</param>
    /// <param name="twilio">Twilio's Messages API at this address (FC_TWILIO_ENDPOINT_URL, a fake Twilio) for sms_provider = twilio.</param>
    /// <param name="google">Google's APIs (the token endpoint too) at this address, for drive-sync and the sheet appends.</param>
    public static async Task<LambdaDriver> StartAsync(MotoSlice moto, DateTimeOffset? start = null, Uri? bedrock = null,
        Func<OutboundEmail, bool>? refuse = null, HttpClient? ownerHttp = null, Uri? twilio = null, Uri? google = null)
    {
        // The SDK clients (DynamoDB, S3, SSM) read credentials from the process, as in Lambda; moto checks none.
        if (Environment.GetEnvironmentVariable("AWS_ACCESS_KEY_ID") is null) Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", "testing");
        if (Environment.GetEnvironmentVariable("AWS_SECRET_ACCESS_KEY") is null) Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", "testing");
        var raw = "fc-raw-mime-" + moto.Tables.State[^10..];
        await moto.Clients.S3().PutBucketAsync(new PutBucketRequest { BucketName = raw, BucketRegion = MotoSlice.Region });
        // The customers bucket is versioned, as the template makes it, so a restored old version is a new S3 event.
        await moto.Clients.S3().PutBucketAsync(new PutBucketRequest { BucketName = CustomersBucketOf(moto), BucketRegion = MotoSlice.Region });
        await moto.Clients.S3().PutBucketVersioningAsync(new PutBucketVersioningRequest
        {
            BucketName = CustomersBucketOf(moto), VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Enabled },
        });
        return new LambdaDriver(moto, raw, await moto.CreateScheduleGroupAsync(), start ?? ParityWorld.Start, bedrock, twilio, ownerHttp, google) { _refuse = refuse };
    }

    /// <summary>
    /// The AWS calls the roles made themselves (at init and in their handlers, not the test's own reads through a
    /// role's adapters), each role reaching moto through its own pass-through proxy. Disposing the driver holds them to
    /// the roles' IAM grants (<see cref="RoleGrants"/>).
    /// </summary>
    public IReadOnlyList<(Role Role, ProxiedRequest Request)> RoleCalls => _roleCalls;

    private readonly List<(Role Role, ProxiedRequest Request)> _roleCalls = [];
    private bool _released;

    public static string CustomersBucketOf(MotoSlice moto) => "fc-customers-" + moto.Tables.State[^10..];

    public string CustomersBucket => CustomersBucketOf(_moto);

    /// <summary>A customers.csv written to the customers bucket (a new version), then its ObjectCreated event into request-builder.</summary>
    public async Task PlanCustomerListAsync(string csv)
    {
        await _moto.Clients.S3().PutObjectAsync(new PutObjectRequest { BucketName = CustomersBucket, Key = "customers.csv", ContentBody = csv });
        await CustomerListEventAsync();
    }

    /// <summary>The ObjectCreated event of the customers bucket's customers.csv into request-builder; its outcome word and count.</summary>
    public async Task<(string Outcome, int? Count)> CustomerListEventAsync()
    {
        var s3 = "{\"Records\":[{\"eventVersion\":\"2.1\",\"eventSource\":\"aws:s3\",\"awsRegion\":\"" + MotoSlice.Region
            + "\",\"eventName\":\"ObjectCreated:Put\",\"s3\":{\"s3SchemaVersion\":\"1.0\",\"bucket\":{\"name\":\"" + CustomersBucket
            + "\"},\"object\":{\"key\":\"customers.csv\",\"size\":1}}}]}";
        var result = await InvokeAndDrainAsync(Role.RequestBuilder, Encoding.UTF8.GetBytes(s3));
        LastAlerts = result.Alerts;
        var root = JsonDocument.Parse(result.Payload).RootElement;
        return (root.GetProperty("outcome").GetString()!, root.TryGetProperty("count", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetInt32() : null);
    }

    /// <summary>The owner alerts (EMF metrics) the last customer-list event raised.</summary>
    public IReadOnlyList<string> LastAlerts { get; private set; } = [];

    /// <summary>A role's handler run on a payload (hand-offs played through); its outcome word and count.</summary>
    public async Task<(string Outcome, int? Count, IReadOnlyList<string> Alerts)> RunAsync(Role role, string payload)
    {
        var result = await InvokeAndDrainAsync(role, Encoding.UTF8.GetBytes(payload));
        var root = JsonDocument.Parse(result.Payload).RootElement;
        return (root.GetProperty("outcome").GetString()!, root.TryGetProperty("count", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetInt32() : null,
            result.Alerts);
    }

    private Func<OutboundEmail, bool>? _refuse;

    /// <summary>The owner alerts (EMF metrics) every invocation so far raised, in order.</summary>
    public IReadOnlyList<string> Alerts => _alerts;

    public void Advance(TimeSpan by) => _clock.Advance(by);

    public DateTimeOffset Now => _clock.GetUtcNow();

    public MotoSlice Moto => _moto;

    /// <summary>The test's own one-off schedule group in moto's Scheduler.</summary>
    public string ScheduleGroup => _group;

    /// <summary>Sets a /fc/config/ parameter; a role reads its config once, when this driver first composes it.</summary>
    public Task ConfigureAsync(string key, string value) => _moto.Clients.Ssm().PutParameterAsync(
        new Amazon.SimpleSystemsManagement.Model.PutParameterRequest { Name = _moto.ConfigPath + key, Value = value, Type = "String", Overwrite = true });

    /// <summary>A role's own adapters (the stores it reads and writes), as its execution environment composed them.</summary>
    public async Task<IFlowAdapters> AdaptersAsync(Role role) => (await RoleAsync(role)).Adapters;

    public async Task SeedAsync(string rules, string voice)
    {
        var docs = new FlowApp((await RoleAsync(Role.SweepSummary)).Adapters).Docs;
        (await docs.UpdateRulesAsync(rules)).Accepted.Should().BeTrue();
        await docs.UpdateVoiceAsync(voice);
    }

    public Task PlanAsync(Visit visit) => InvokeAndDrainAsync(Role.RequestBuilder, JsonSerializer.SerializeToUtf8Bytes(
        new DirectInvoke(DirectInvokeKinds.PlanVisits, Visits: [VisitPayload.Of(visit)]), LambdaEventsJsonContext.Default.DirectInvoke));

    public async Task FireDueJobsAsync()
    {
        foreach (var (name, input) in await _moto.SchedulesAsync(_group))
        {
            var job = ScheduledJobPayload.TryParse(input) ?? throw new InvalidOperationException($"schedule {name} holds no job");
            if (job.DueAt > _clock.GetUtcNow() || !_fired.Add(name)) continue;
            await InvokeAndDrainAsync(Role.RequestBuilder, Encoding.UTF8.GetBytes(input));
        }
    }

    public Task<PageSeen> GetAsync(string path) => PageAsync("GET", path, null);

    public Task<PageSeen> PostAsync(string path, string form) => PageAsync("POST", path, form);

    private async Task<PageSeen> PageAsync(string method, string path, string? form)
    {
        var (response, body, _) = await FunctionUrlAsync(Role.ReplyHandler, method, path,
            new Dictionary<string, string> { ["content-type"] = "application/x-www-form-urlencoded" }, form);
        var location = response.Headers.FirstOrDefault(h => h.Key.Equals("location", StringComparison.OrdinalIgnoreCase)).Value;
        return PageSeen.Of(response.StatusCode, location, body);
    }

    /// <summary>A Function URL request into a role (the hand-offs it makes played through); the response, its body and the handler's outcome word.</summary>
    public async Task<(FunctionUrlResponse Response, string Body, string Outcome)> FunctionUrlAsync(
        Role role, string method, string path, IReadOnlyDictionary<string, string> headers, string? body)
    {
        var all = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["host"] = "abc.lambda-url.ap-southeast-1.on.aws" };
        foreach (var (name, value) in headers) all[name.ToLowerInvariant()] = value;
        var request = new FunctionUrlRequest("2.0", path, "", null, all,
            new FunctionUrlRequestContext("req-1", "abc.lambda-url.ap-southeast-1.on.aws", _clock.GetUtcNow().ToUnixTimeMilliseconds(),
                new FunctionUrlHttp(method, path, "HTTP/1.1", "203.0.113.7", "Mozilla/5.0")),
            body is null ? null : Convert.ToBase64String(Encoding.UTF8.GetBytes(body)), body is not null);
        var result = await InvokeAndDrainAsync(role, JsonSerializer.SerializeToUtf8Bytes(request, LambdaEventsJsonContext.Default.FunctionUrlRequest));
        var response = JsonSerializer.Deserialize(result.Payload, LambdaEventsJsonContext.Default.FunctionUrlResponse)!;
        var text = response.IsBase64Encoded ? Encoding.UTF8.GetString(Convert.FromBase64String(response.Body)) : response.Body;
        return (response, text, result.Outcome);
    }

    public async Task<string> DeliverReplyAsync(string name, string mime, string envelopeRecipient)
    {
        var key = FlowUseCases.InboundPrefix + name;
        await _moto.Clients.S3().PutObjectAsync(new PutObjectRequest { BucketName = _rawBucket, Key = key, ContentBody = mime });
        var objectKey = Uri.EscapeDataString(key).Replace("%2F", "/", StringComparison.Ordinal);
        var s3 = "{\"Records\":[{\"eventVersion\":\"2.1\",\"eventSource\":\"aws:s3\",\"awsRegion\":\"" + MotoSlice.Region
            + "\",\"eventName\":\"ObjectCreated:Put\",\"s3\":{\"s3SchemaVersion\":\"1.0\",\"bucket\":{\"name\":\"" + _rawBucket
            + "\"},\"object\":{\"key\":\"" + objectKey + "\",\"size\":" + mime.Length + "}}}]}";
        var result = await InvokeAndDrainAsync(Role.ReplyHandler, Encoding.UTF8.GetBytes(s3));
        return JsonDocument.Parse(result.Payload).RootElement.GetProperty("outcome").GetString()!;
    }

    public Task SweepAsync() => InvokeAndDrainAsync(Role.SweepSummary, """{ "task": "daily-sweep" }"""u8.ToArray());

    public Task SummarizeAsync() => InvokeAndDrainAsync(Role.SweepSummary, """{ "task": "monthly-summary" }"""u8.ToArray());

    public async Task<RowsSeen> RowsAsync(string customerId, string askId, string email) =>
        await Rows.ReadAsync((await RoleAsync(Role.Router)).Adapters, customerId, askId, email);

    public Task<IReadOnlyList<string>> SentMailAsync() => _moto.SentMailsAsync();

    public async Task<string> EraseAsync(string contact) => await PrivacyAsync(DirectInvokeKinds.Erase, contact);

    public async Task<string> ExportAsync(string contact) => await PrivacyAsync(DirectInvokeKinds.Export, contact);

    private async Task<string> PrivacyAsync(string kind, string contact) => Encoding.UTF8.GetString((await InvokeAndDrainAsync(Role.RequestBuilder,
        JsonSerializer.SerializeToUtf8Bytes(new DirectInvoke(kind, Contact: contact), LambdaEventsJsonContext.Default.DirectInvoke))).Payload);

    public Task<IFlowAdapters> StoresAsync() => AdaptersAsync(Role.SweepSummary);

    /// <summary>The raw bucket's own name (webhook bodies under inbox/, MIME under inbound/).</summary>
    public string RawBucket => _rawBucket;

    public async Task<IReadOnlyList<string>> FindAsync(IReadOnlyList<string> texts) =>
        [.. (await CloudSnapshot.TakeAsync(_moto, [_rawBucket, _moto.RulesBucket, CustomersBucket], _group))
            .SelectMany(item => texts.Where(t => item.Text.Contains(t, StringComparison.OrdinalIgnoreCase)).Select(t => $"{item.Place} names {t}"))];

    /// <summary>A hand-off of a role: queued, and run once the invoking handler has returned (Lambda's async invoke).</summary>
    Task IRoleInvoker.InvokeAsync(Role target, byte[] payload, CancellationToken ct)
    {
        _invokes.Enqueue((target, payload));
        return Task.CompletedTask;
    }

    private async Task<HandlerResult> InvokeAndDrainAsync(Role role, byte[] payload)
    {
        var result = await HandleAsync(role, payload);
        while (_invokes.TryDequeue(out var next)) await HandleAsync(next.Target, next.Payload);
        return result;
    }

    private async Task<HandlerResult> HandleAsync(Role role, byte[] payload)
    {
        var handler = (await RoleAsync(role)).Handler;
        var before = _calls[role].Seen.Count;
        var result = await handler.HandleAsync(payload, new InvocationContext(Guid.NewGuid().ToString("N"), null, null, null), CancellationToken.None);
        _roleCalls.AddRange(_calls[role].Seen.Skip(before).Select(s => (role, s.Request)));
        _alerts.AddRange(result.Alerts);
        _handled.Add((role, result.Outcome, CountOf(result.Payload)));
        return result;
    }

    private readonly List<(Role Role, string Outcome, int? Count)> _handled = [];

    /// <summary>Every invocation so far, hand-offs included, in the order played: its role, outcome word and count.</summary>
    public IReadOnlyList<(Role Role, string Outcome, int? Count)> Handled => _handled;

    private static int? CountOf(byte[] payload)
    {
        try
        {
            var root = JsonDocument.Parse(payload).RootElement;
            return root.ValueKind == JsonValueKind.Object && root.TryGetProperty("count", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetInt32() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>One execution environment per role, composed as LambdaComposition does, with the scripted classifier.</summary>
    private async Task<(IInvocationHandler Handler, IFlowAdapters Adapters)> RoleAsync(Role role)
    {
        if (_roles.TryGetValue(role, out var made)) return made;
        var aws = RecordedPlumbing(role);
        var config = await ConfigSnapshot.LoadAsync(aws.Config(), aws.Secrets(), RoleSecrets.For(role), CancellationToken.None);
        _roleCalls.AddRange(_calls[role].Seen.Select(s => (role, s.Request)));
        var adapters = new ScriptedClassifierAdapters(new AwsAdapters(aws, config, _clock), _classifier, _modelParagraphs, _refuse, _ownerHttp);
        return _roles[role] = (RoleSwitch.Create(role, new FlowUseCases(aws, config, _clock, role, adapters, this)), adapters);
    }

    private AwsPlumbing RecordedPlumbing(Role role)
    {
        var proxy = _calls[role] = new FaultProxy(new Uri(_moto.Url));
        var env = new DictionaryEnvironment(new Dictionary<string, string?>(_env) { ["AWS_ENDPOINT_URL"] = proxy.BaseUri.AbsoluteUri.TrimEnd('/') });
        return new AwsPlumbing(LambdaSettings.From(env), env, _clock);
    }

    /// <summary>Stops the proxies without holding the calls to the grants (for a test that holds them itself).</summary>
    public void Release()
    {
        _released = true;
        foreach (var proxy in _calls.Values) proxy.Dispose();
    }

    /// <summary>Fails when a role made a call its IAM role lacks: the deployed stack would have been refused it.</summary>
    public ValueTask DisposeAsync()
    {
        if (_released) return ValueTask.CompletedTask;
        Release();
        var refused = RoleGrants.Refused(_roleCalls, _moto.Tables);
        return refused.Count == 0 ? ValueTask.CompletedTask
            : throw new InvalidOperationException("calls the roles' IAM grants (sam/iam-policy-table.json) refuse: " + string.Join("; ", refused));
    }

    private sealed class DictionaryEnvironment(Dictionary<string, string?> values) : IEnvironment
    {
        public string? Get(string name) => values.GetValueOrDefault(name);

        public void Set(string name, string? value) => values[name] = value;
    }
}
