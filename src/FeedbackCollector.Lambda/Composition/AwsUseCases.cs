using FeedbackCollector.Aws;
using FeedbackCollector.Aws.Dynamo;
using FeedbackCollector.Aws.Http;
using FeedbackCollector.Aws.S3;
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

    private AskSenderStep BuildSender()
    {
        var ddb = aws.Sdk.DynamoDb();
        var tables = new DynamoTables(aws.Settings.StateTable, aws.Settings.FeedbackTable, aws.Settings.AuditTable);
        var settings = CollectorSettingsReader.From(config, aws.PublicBaseUrl);
        var tokens = SigningKeys.Parse(config.Secret(RoleSecrets.SigningSecret));
        var docs = new OwnerDocs(new S3BlobStore(aws.Sdk.S3(), aws.Buckets), clock);
        return new AskSenderStep(new AskSender(
            new DynamoDbAskStore(ddb, tables), new DynamoDbFeedbackStore(ddb, tables), new DynamoDbSuppressionList(ddb, tables),
            new SesMailer(aws.Client(AwsService.SesV2), clock), new NoSmsSender(), new DynamoDbAuditLog(ddb, tables),
            docs, new AskMessages(settings, tokens), settings, clock));
    }

    public ISyncJob DriveSync() => _pending.DriveSync();
    public ISyncJob CalendarSync() => _pending.CalendarSync();
    public IWebEndpoint IntakeWebhook() => _pending.IntakeWebhook();
    public IAskPlanner Planner() => _pending.Planner();
    public ITapEndpoint Taps() => _pending.Taps();
    public IInboundReplies InboundReplies() => _pending.InboundReplies();
    public IReplyRouter Router() => _pending.Router();
    public IDispatchStep Dispatch() => _pending.Dispatch();
    public ISweepSummary SweepSummary() => _pending.SweepSummary();
    public IRoleInvoker Invoker() => _pending.Invoker();
}
