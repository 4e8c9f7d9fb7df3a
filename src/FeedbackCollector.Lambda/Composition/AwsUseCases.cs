using FeedbackCollector.Aws;
using FeedbackCollector.Aws.Dynamo;
using FeedbackCollector.Aws.Http;
using FeedbackCollector.Aws.S3;
using FeedbackCollector.Aws.Scheduler;
using FeedbackCollector.Aws.Ses;
using FeedbackCollector.Core.Flow;
using FeedbackCollector.Aws.Bedrock;
using FeedbackCollector.Aws.Lambda;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Tokens;
using FeedbackCollector.Google;
using FeedbackCollector.Google.Auth;
using FeedbackCollector.Google.Calendar;
using FeedbackCollector.Google.Drive;
using FeedbackCollector.Google.Sheets;
using FeedbackCollector.Lambda.UseCases;
using FeedbackCollector.Mail.Owner;
using FeedbackCollector.Web;
using FeedbackCollector.Web.Flow;
using FeedbackCollector.Web.Webhooks;

namespace FeedbackCollector.Lambda.Composition;

/// <summary>
/// The use cases over the AWS adapters. Built once per execution environment; each member is called
/// only by the role that needs it, so a role builds only its own clients.
/// </summary>
internal sealed class AwsUseCases(AwsPlumbing aws, ConfigSnapshot config, TimeProvider clock) : IUseCases
{

    /// <summary>Built on the first send, so a warmup or smoke test answers even before the sender settings exist.</summary>
    public IAskSender Sender() => new LazyAskSender(BuildSender);

    private DynamoTables Tables => new(aws.Settings.StateTable, aws.Settings.FeedbackTable, aws.Settings.AuditTable);

    private AskSenderStep BuildSender()
    {
        var ddb = aws.Sdk.DynamoDb();
        var settings = CollectorSettingsReader.From(config, aws.PublicBaseUrl);
        var tokens = SigningKeys.Parse(config.Secret(RoleSecrets.SigningSecret));
        var docs = new OwnerDocs(new S3BlobStore(aws.Sdk.S3(), aws.Buckets), clock);
        return new AskSenderStep(new AskSender(
            new DynamoDbAskStore(ddb, Tables), new DynamoDbFeedbackStore(ddb, Tables), new DynamoDbSuppressionList(ddb, Tables),
            new SesMailer(aws.Client(AwsService.SesV2), clock), new NoSmsSender(), new DynamoDbAuditLog(ddb, Tables),
            docs, new AskMessages(settings, tokens), settings, clock));
    }

    public ISweepSummary SweepSummary() => new SweepSummaryStep(BuildSweep, BuildSummary);

    private DailySweepJob BuildSweep()
    {
        var ddb = aws.Sdk.DynamoDb();
        var settings = CollectorSettingsReader.From(config, aws.PublicBaseUrl);
        var scheduler = AskScheduler();
        return new DailySweepJob(new DynamoDbAskStore(ddb, Tables), new DynamoDbFeedbackStore(ddb, Tables), new DynamoDbAuditLog(ddb, Tables),
            scheduler, new OwnerDocs(new S3BlobStore(aws.Sdk.S3(), aws.Buckets), clock), settings, clock);
    }

    private MonthlySummaryJob BuildSummary()
    {
        var ddb = aws.Sdk.DynamoDb();
        var settings = CollectorSettingsReader.From(config, aws.PublicBaseUrl);
        var blobs = new S3BlobStore(aws.Sdk.S3(), aws.Buckets);
        var owner = config.Setting("owner-email", "") is { Length: > 0 } email ? email : throw new MissingSettingException("/fc/config/owner-email is not set");
        var writer = new EmailSummaryWriter(new SesMailer(aws.Client(AwsService.SesV2), clock), owner, settings.FromAddress);
        return new MonthlySummaryJob(new DynamoDbAskStore(ddb, Tables), new DynamoDbFeedbackStore(ddb, Tables), new DynamoDbAuditLog(ddb, Tables),
            blobs, writer, new OwnerDocs(blobs, clock), clock);
    }

    /// <summary>File ids from /fc/config/: drive-rules-file-id, drive-voice-file-id, sheet-id (and sheet-name); each optional.</summary>
    public ISyncJob DriveSync() => new LazySyncJob(BuildDriveSync);

    public ISyncJob CalendarSync() => new LazySyncJob(BuildCalendarSync);

    private DriveSyncJob BuildDriveSync()
    {
        var blobs = new S3BlobStore(aws.Sdk.S3(), aws.Buckets);
        var key = config.Secret(RoleSecrets.DriveServiceAccount);
        var drive = new GoogleDocsText(AwsPlumbing.Http, aws.GoogleCredential(key, GoogleScopes.DriveReadOnly), aws.Google);
        var sheetId = config.Setting("sheet-id", "");
        var sheet = sheetId.Length == 0 ? null : new VisitSync(new GoogleSheetCustomerSource(AwsPlumbing.Http,
                aws.GoogleCredential(key, GoogleScopes.SpreadsheetsReadOnly), sheetId,
                config.Setting("sheet-name", ""), config.Setting("timezone", "Asia/Singapore"), aws.Google),
            blobs, "cursors/sheet", Invoker());
        return new DriveSyncJob(drive, Docs(), blobs, Optional("drive-rules-file-id"), Optional("drive-voice-file-id"), sheet);
    }

    /// <summary>The calendar from /fc/config/calendar-id; its cursor is kept in the customers bucket.</summary>
    private CalendarSyncJob BuildCalendarSync()
    {
        var credential = aws.GoogleCredential(config.Secret(RoleSecrets.DriveServiceAccount), GoogleScopes.CalendarReadOnly);
        var source = new GoogleCalendarCustomerSource(AwsPlumbing.Http, credential, Required("calendar-id"), clock, endpoints: aws.Google);
        return new CalendarSyncJob(new VisitSync(source, new S3BlobStore(aws.Sdk.S3(), aws.Buckets), "cursors/calendar", Invoker()));
    }

    private string? Optional(string key) => config.Setting(key, "") is { Length: > 0 } value ? value : null;
    /// <summary>One POS scheme per deployment: /fc/config/pos-scheme (generic, shopify, square, stripe, woocommerce) signed with fc/pos/webhook-secret.</summary>
    /// <summary>Built on the first request, so a missing webhook secret fails that request (logged, 5xx to the POS, which retries) rather than init.</summary>
    public IWebEndpoint IntakeWebhook() => new LazyWebEndpoint(BuildIntakeWebhook);

    private WebhookIntake BuildIntakeWebhook()
    {
        var scheme = config.Setting("pos-scheme", "generic").Trim().ToLowerInvariant();
        var options = new WebAppOptions(null, new Dictionary<string, WebhookSchemeOptions>(StringComparer.Ordinal)
        {
            [scheme] = new(config.Secret(RoleSecrets.WebhookSecret), config.Setting("pos-notification-url", "") is { Length: > 0 } url ? url : null,
                VisitType: config.Setting("pos-visit-type", "purchase")),
        });
        return new WebhookIntake(options, new BlobWebhookInbox(new S3BlobStore(aws.Sdk.S3(), aws.Buckets)), Invoker(), clock);
    }

    public IAskPlanner Planner()
    {
        var ddb = aws.Sdk.DynamoDb();
        return new AskPlanner(new VisitIntake(new DynamoDbAskStore(ddb, Tables), AskScheduler(), new DynamoDbSuppressionList(ddb, Tables),
            new DynamoDbAuditLog(ddb, Tables), Docs(), clock));
    }

    public ITapEndpoint Taps()
    {
        var ddb = aws.Sdk.DynamoDb();
        var tokens = SigningKeys.Parse(config.Secret(RoleSecrets.SigningSecret));
        var asks = new DynamoDbAskStore(ddb, Tables);
        var suppression = new DynamoDbSuppressionList(ddb, Tables);
        var docs = Docs();
        var answers = new AnswerIntake(asks, new DynamoDbFeedbackStore(ddb, Tables), new NoClassifier(), docs, tokens, clock);
        var unsubscribes = new FlowUnsubscribeSink(new Unsubscribe(asks, suppression, tokens, clock), asks, suppression, docs, tokens, clock);
        return new TapEndpoint(answers, unsubscribes, new ReviewClick(asks, new DynamoDbAuditLog(ddb, Tables), docs, tokens, clock), docs, clock);
    }

    public IInboundReplies InboundReplies()
    {
        var ddb = aws.Sdk.DynamoDb();
        var tokens = SigningKeys.Parse(config.Secret(RoleSecrets.SigningSecret));
        var failures = new DeliveryFailures(new DynamoDbAskStore(ddb, Tables), new DynamoDbSuppressionList(ddb, Tables),
            new DynamoDbAuditLog(ddb, Tables), tokens, clock);
        return new InboundReplies(new S3BlobStore(aws.Sdk.S3(), aws.Buckets), aws.Settings.RawMimeBucket, Required("reply-domain"), tokens,
            failures, clock);
    }

    public IReplyRouter Router()
    {
        var ddb = aws.Sdk.DynamoDb();
        var feedback = new DynamoDbFeedbackStore(ddb, Tables);
        var classifier = new BedrockMoodClassifier(aws.Client(AwsService.BedrockRuntime), ClassifierOptions());
        // The router verifies no token (reply-handler did); AnswerIntake's token path is not used here.
        var answers = new AnswerIntake(new DynamoDbAskStore(ddb, Tables), feedback, classifier, Docs(), UnusedTokens(), clock);
        return new ReplyRouter(answers, feedback);
    }

    public IDispatchStep Dispatch()
    {
        var ddb = aws.Sdk.DynamoDb();
        var settings = CollectorSettingsReader.From(config, aws.PublicBaseUrl);
        var tokens = SigningKeys.Parse(config.Secret(RoleSecrets.SigningSecret));
        var mailer = new SesMailer(aws.Client(AwsService.SesV2), clock);
        return new DispatchStep(new AnswerDispatch(new DynamoDbAskStore(ddb, Tables), new DynamoDbFeedbackStore(ddb, Tables),
            new DynamoDbAuditLog(ddb, Tables), new DynamoDbSuppressionList(ddb, Tables), mailer,
            OwnerNotifier(mailer, settings), Docs(), new AskMessages(settings, tokens), clock));
    }

    public IRoleInvoker Invoker() => new RoleInvoker(new LambdaInvoker(aws.Client(AwsService.Lambda)), aws.Settings.FunctionNames);

    private OwnerDocs Docs() => new(new S3BlobStore(aws.Sdk.S3(), aws.Buckets), clock);

    private EventBridgeAskScheduler AskScheduler() => new(aws.Client(AwsService.Scheduler), new EventBridgeSchedulerOptions(
        aws.Required("FC_SEND_TARGET_ARN"), aws.Required("FC_SCHEDULER_ROLE_ARN"), aws.Settings.ScheduleGroup,
        config.Setting("timezone", "Asia/Singapore")));

    private BedrockClassifierOptions ClassifierOptions() => new(
        aws.Optional("FC_CLASSIFIER_MODEL") ?? BedrockClassifierOptions.Haiku45,
        aws.Optional("FC_FALLBACK_MODEL") ?? BedrockClassifierOptions.Sonnet46);

    /// <summary>Slack when fc/slack/bot-token is set and /fc/config/slack-owner-user-id names the owner; else email through SES.</summary>
    private IOwnerNotifier OwnerNotifier(IMailer mailer, CollectorSettings settings)
    {
        var token = config.Secrets.TryGetValue(RoleSecrets.SlackBotToken, out var value) ? value ?? "" : "";
        var user = config.Setting("slack-owner-user-id", "");
        var slack = token.Length > 0 && user.Length > 0 ? new SlackOptions(token, user) : null;
        return OwnerNotifiers.Choose(slack, AwsPlumbing.Http, mailer, Required("owner-email"), settings.FromAddress);
    }

    private string Required(string key) =>
        config.Setting(key, "") is { Length: > 0 } value ? value : throw new MissingSettingException($"/fc/config/{key} is not set");

    /// <summary>A key no token verifies under: the router records by ids from our own verified hand-off, never by token.</summary>
    private static AskTokens UnusedTokens() => new(new SigningKey("z", System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
}
