using System.Text.Json;
using FeedbackCollector.App;
using FeedbackCollector.App.Privacy;
using FeedbackCollector.App.CustomerList;
using FeedbackCollector.App.Settings;
using FeedbackCollector.Core.CustomerList;
using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Lambda.Roles;
using FeedbackCollector.Lambda.UseCases;
using FeedbackCollector.Web;
using FeedbackCollector.Web.Http;
using FeedbackCollector.Web.Webhooks;

namespace FeedbackCollector.Lambda.Composition;

/// <summary>
/// The roles' view of the flow: every call forwards to <see cref="FlowApp"/> over the AWS adapters, with hand-offs
/// as Lambda invokes. Nothing here constructs a use case; it translates outcomes into the handlers' words.
/// </summary>
internal sealed class FlowUseCases : IUseCases, IAskPlanner, IAskSender, IPrivacyRequests, IInboundReplies, IReplyRouter, IDispatchStep, ISweepSummary
{
    private readonly FlowApp _app;
    private readonly AwsPlumbing _aws;
    private readonly ConfigSnapshot _config;
    private readonly GoogleSyncJobs _sync;
    private readonly LambdaHandoff _handoff;

    /// <param name="invoker">Where hand-offs go; null invokes the next function through Lambda (a test plays them into its handler).</param>
    public FlowUseCases(AwsPlumbing aws, ConfigSnapshot config, TimeProvider clock, Role role, IFlowAdapters? adapters = null,
        IRoleInvoker? invoker = null)
    {
        _aws = aws;
        _config = config;
        _handoff = new LambdaHandoff(invoker ?? new RoleInvoker(new Aws.Lambda.LambdaInvoker(aws.Client(Aws.Http.AwsService.Lambda)),
            aws.Settings.FunctionNames), role);
        _app = new FlowApp(adapters ?? new AwsAdapters(aws, config, clock), _handoff);
        _sync = new GoogleSyncJobs(aws, config, _app, clock);
    }

    public ISyncJob DriveSync() => new LazySyncJob(_sync.Drive);
    public ISyncJob CalendarSync() => new LazySyncJob(_sync.Calendar);
    public IAskPlanner Planner() => this;
    public IAskSender Sender() => this;
    public IPrivacyRequests Privacy() => this;
    public IInboundReplies InboundReplies() => this;
    public IReplyRouter Router() => this;
    public IDispatchStep Dispatch() => this;
    public ISweepSummary SweepSummary() => this;

    /// <summary>One POS scheme per deployment: pos_scheme (generic, shopify, square, stripe, woocommerce) signed with fc/pos/webhook-secret.
    /// Built on the first request, so a missing secret fails that request (logged, 5xx to the POS, which retries).</summary>
    public IWebEndpoint IntakeWebhook() => new LazyWebEndpoint(() => _app.Web(new WebAppOptions(null,
        new Dictionary<string, WebhookSchemeOptions>(StringComparer.Ordinal)
        {
            [_config.Setting(SettingNames.PosScheme).Trim().ToLowerInvariant()] = new(_config.Secret(RoleSecrets.WebhookSecret),
                _config.Optional(SettingNames.PosNotificationUrl),
                VisitType: _config.Setting(SettingNames.PosVisitType),
                WithdrawOnPartialRefund: _config.Setting(SettingNames.WithdrawOnPartialRefund).Trim() is "on" or "true"),
        })));

    /// <summary>
    /// reply-handler's pages: star tap, unsubscribe, the review redirect, the owner's one-tap links and the owner page
    /// (its key is fc/owner/key; the session cookie is Secure, as a Function URL is https). No webhook scheme here: 404.
    /// Twilio's inbound SMS webhook is here too, as POST /sms/twilio, when fc/twilio/auth-token is set: a text is a
    /// written reply (or a STOP), and reply-handler is the role that takes replies and hands them to the router.
    /// Twilio signs the URL it was given, public_base_url + sms/twilio (the template's public_base_url is this Function URL).
    /// </summary>
    public IWebEndpoint Pages() => new LazyWebEndpoint(() => _app.Web(new WebAppOptions(
        _config.Secrets.GetValueOrDefault(RoleSecrets.OwnerKey) is { Length: > 0 } key ? key : null,
        new Dictionary<string, WebhookSchemeOptions>())
    {
        TwilioInbound = _config.Secrets.GetValueOrDefault(RoleSecrets.TwilioAuthToken) is { Length: > 0 } twilio
            ? (twilio, new Uri(_app.Adapters.Settings.PublicBaseUrl.AbsoluteUri.TrimEnd('/') + "/sms/twilio"))
            : null,
    }));

    public async Task<StepOutcome> PlanAsync(IReadOnlyList<Visit> visits, CancellationToken ct)
    {
        var results = await _app.PlanAsync(visits, ct);
        return new StepOutcome("planned", visits.Count == 1 ? visits[0].Customer.CustomerId : null,
            visits.Count == 1 ? visits[0].AskId : null, results.Count(r => r.Status == IntakeStatus.Planned));
    }

    public async Task<StepOutcome> WithdrawAsync(IReadOnlyList<Withdrawal> withdrawals, CancellationToken ct)
    {
        var results = await _app.WithdrawAsync(withdrawals, ct);
        var one = results.Count == 1 ? results[0] : null;
        return new StepOutcome(one is null ? "withdrawn" : one.Status.ToString().ToLowerInvariant(), one?.CustomerId, one?.AskId,
            results.Count(r => r.Status == WithdrawStatus.Withdrawn));
    }

    public async Task<StepOutcome> TellOwnerAsync(OwnerPing note, CancellationToken ct)
    {
        var told = await _app.TellOwnerAsync(note, ct);
        return new StepOutcome(told.Sent ? "owner-told" : "owner-not-reached")
        {
            Alerts = told.Sent ? [] : [Logging.OwnerAlerts.OwnerNotReached],
        };
    }

    public async Task<byte[]> EraseAsync(string contact, CancellationToken ct) =>
        JsonSerializer.SerializeToUtf8Bytes(await _app.EraseAsync(contact, ct), PrivacyJson.Default.ErasureReport);

    public async Task<byte[]> ExportAsync(string contact, CancellationToken ct) =>
        JsonSerializer.SerializeToUtf8Bytes(await _app.ExportAsync(contact, ct), PrivacyJson.Default.CustomerExport);

    /// <summary>
    /// One run of the mirrored sheet: at most customer_list_chunk_rows new rows, and none once the invocation is within
    /// <see cref="ChunkBudget.DefaultReserve"/> of its deadline; the rest goes on in request-builder's own continuation,
    /// for the same version. A newer upload supersedes it: the old chain stops and the new version's event starts over
    /// (rows already taken cost nothing). The owner hears of the version's bad rows once, from the run that finds them first.
    /// </summary>
    public async Task<StepOutcome> PlanCustomerListAsync(CustomerListStep step, DateTimeOffset? deadline, CancellationToken ct)
    {
        if (step.Bucket != _aws.Settings.CustomersBucket || step.Key != SheetMirror.Key)
            throw new ForeignObjectException($"the event names an object other than the customers bucket's {SheetMirror.Key}");
        var run = new CustomerListRun(step.Version, step.Start, new ChunkBudget(ChunkRows(), deadline, ChunkBudget.DefaultReserve));
        var report = await _app.CustomerList.RunMirrorAsync(SheetMirror.Key, "customer sheet", run, ct);
        if (report.Next is { } next) await _handoff.ContinueCustomerListAsync(step with { Version = report.Version, Start = next }, ct);
        // One count per version with refused rows (the run that told the owner), and one when the owner was not reached.
        string[] alerts = [.. report.HasErrors && report.OwnerTold is not null ? [Logging.OwnerAlerts.CustomerRowsRefused] : Array.Empty<string>(),
            .. report.OwnerTold is { Sent: false } ? [Logging.OwnerAlerts.OwnerNotReached] : Array.Empty<string>()];
        var word = report.Superseded ? "list-superseded" : report.Next is not null ? "list-continued"
            : report.HasErrors ? "list-planned-with-problems" : "list-planned";
        return new StepOutcome(word, Count: report.Planned) { Alerts = alerts };
    }

    private int ChunkRows() =>
        int.TryParse(_config.Setting(SettingNames.CustomerListChunkRows), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture,
            out var rows) && rows > 0
            ? rows
            : throw new MissingSettingException($"{SettingsRegistry.Get(SettingNames.CustomerListChunkRows).ParameterName} must be a whole number above 0");

    public async Task<StepOutcome> SendAsync(ScheduledJob job, CancellationToken ct)
    {
        var outcome = await _app.SendAsync(job, ct);
        var alerts = new List<string>();
        if (outcome.Status == SendStatus.Failed && !outcome.Retry) alerts.Add(Logging.OwnerAlerts.SendFailedPermanently);
        // The owner is told of the failure (Slack, else email); a notice that reached nobody is counted too.
        if (outcome.OwnerTold is { Sent: false }) alerts.Add(Logging.OwnerAlerts.OwnerNotReached);
        return new StepOutcome(outcome.Status.ToString().ToLowerInvariant(), job.CustomerId, job.AskId) { Alerts = alerts };
    }

    public async Task<StepOutcome> AcceptAsync(string bucket, string key, CancellationToken ct)
    {
        if (bucket != _aws.Settings.RawMimeBucket || !key.StartsWith(InboundPrefix, StringComparison.Ordinal))
            throw new ForeignObjectException("the S3 event names an object outside the raw bucket's inbound/ prefix");
        var outcome = await _app.Inbound.AcceptAsync(key, [], ct);
        return new StepOutcome(outcome.Outcome, outcome.CustomerId, outcome.AskId);
    }

    public async Task<StepOutcome> RouteAsync(ReplyToRoute reply, CancellationToken ct) =>
        new(await _app.Router.RouteAsync(reply, ct), reply.CustomerId, reply.AskId);

    public async Task<StepOutcome> DispatchAsync(string customerId, string askId, CancellationToken ct)
    {
        var result = await _app.DispatchAsync(customerId, askId, ct);
        var moves = result.Moves.Where(m => m.Status == MoveStatus.Done).Select(m => m.Move.ToString().ToLowerInvariant()).ToArray();
        var word = result.Plan is null ? "nothing" : moves.Length == 0 ? "already-done" : string.Join('+', moves);
        // A move that failed for good returns normally (a retry cannot help), so it is counted for the alarm.
        var alerts = result.Moves.Where(m => m.Status == MoveStatus.Failed)
            .Select(m => m.Move == Move.OwnerPing ? Logging.OwnerAlerts.OwnerNotReached : Logging.OwnerAlerts.SendFailedPermanently);
        return new StepOutcome(word, customerId, askId, moves.Length) { Alerts = [.. alerts, .. Unreached(result.OwnerTold)] };
    }

    private static IEnumerable<string> Unreached(IReadOnlyList<SendResult> told) =>
        told.Where(t => !t.Sent).Select(_ => Logging.OwnerAlerts.OwnerNotReached);

    public async Task<StepOutcome> SweepAsync(CancellationToken ct)
    {
        var report = await _app.SweepAsync(ct);
        return new StepOutcome("swept", Count: report.FollowUpsScheduled.Count + report.Closed.Count + report.MarkedAnswered.Count + report.Rescheduled.Count);
    }

    public async Task<StepOutcome> SummarizeAsync(CancellationToken ct) =>
        new((await _app.SummarizeAsync(ct)).Status.ToString().ToLowerInvariant());

    /// <summary>Where SES's receipt rule writes inbound mail in the raw bucket.</summary>
    public const string InboundPrefix = "inbound/";
}

/// <summary>The S3 notification names an object this function must not read (a wiring mistake).</summary>
internal sealed class ForeignObjectException(string message) : Exception(message);

/// <summary>An endpoint built on its first request, so a missing setting or secret fails requests (each logged) rather than init.</summary>
internal sealed class LazyWebEndpoint(Func<WebApp> build) : IWebEndpoint
{
    private WebApp? _web;

    public Task<WebResponse> HandleAsync(WebRequest request, CancellationToken ct) => (_web ??= build()).Handle(request, ct);
}
