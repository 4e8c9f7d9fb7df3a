using FeedbackCollector.Aws;
using FeedbackCollector.Aws.Dynamo;
using FeedbackCollector.Aws.Http;
using FeedbackCollector.Aws.S3;
using FeedbackCollector.Aws.Scheduler;
using FeedbackCollector.Aws.Ses;
using FeedbackCollector.Core.Flow;
using FeedbackCollector.Lambda.UseCases;

namespace FeedbackCollector.Lambda.Composition;

/// <summary>
/// The use cases over the AWS adapters. Built once per execution environment; each member is called
/// only by the role that needs it, so a role builds only its own clients. Members whose flow is not in
/// this build yet fall back to <see cref="PendingUseCases"/>, which fails each call with a typed error.
/// </summary>
internal sealed class AwsUseCases(AwsPlumbing aws, ConfigSnapshot config, TimeProvider clock) : IUseCases
{
    private readonly PendingUseCases _pending = new("this role's flow is not composed into the AWS runtime yet (see docs/aws.md)");

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
        var scheduler = new EventBridgeAskScheduler(aws.Client(AwsService.Scheduler), new EventBridgeSchedulerOptions(
            aws.Required("FC_SEND_TARGET_ARN"), aws.Required("FC_SCHEDULER_ROLE_ARN"), aws.Settings.ScheduleGroup,
            config.Setting("timezone", "Asia/Singapore")));
        return new DailySweepJob(new DynamoDbAskStore(ddb, Tables), new DynamoDbFeedbackStore(ddb, Tables), new DynamoDbAuditLog(ddb, Tables),
            scheduler, new OwnerDocs(new S3BlobStore(aws.Sdk.S3(), aws.Buckets), clock), settings, clock);
    }

    private MonthlySummaryJob BuildSummary()
    {
        var ddb = aws.Sdk.DynamoDb();
        var settings = CollectorSettingsReader.From(config, aws.PublicBaseUrl);
        var blobs = new S3BlobStore(aws.Sdk.S3(), aws.Buckets);
        var owner = config.Setting("owner-email", "") is { Length: > 0 } email ? email : throw new MissingSettingException("/fc/config/owner-email is not set");
        var writer = new SesSummaryWriter(new SesMailer(aws.Client(AwsService.SesV2), clock),
            new SummaryMailOptions(owner, settings.FromAddress, settings.ReplyDomain));
        return new MonthlySummaryJob(new DynamoDbAskStore(ddb, Tables), new DynamoDbFeedbackStore(ddb, Tables), new DynamoDbAuditLog(ddb, Tables),
            blobs, writer, new OwnerDocs(blobs, clock), clock);
    }

    public ISyncJob DriveSync() => _pending.DriveSync();
    public ISyncJob CalendarSync() => _pending.CalendarSync();
    public IWebEndpoint IntakeWebhook() => _pending.IntakeWebhook();
    public IAskPlanner Planner() => _pending.Planner();
    public ITapEndpoint Taps() => _pending.Taps();
    public IInboundReplies InboundReplies() => _pending.InboundReplies();
    public IReplyRouter Router() => _pending.Router();
    public IDispatchStep Dispatch() => _pending.Dispatch();
    public IRoleInvoker Invoker() => _pending.Invoker();
}
