using FeedbackCollector.App;
using FeedbackCollector.App.Settings;
using FeedbackCollector.App.Sms;
using FeedbackCollector.Aws.Bedrock;
using FeedbackCollector.Aws.Dynamo;
using FeedbackCollector.Aws.Http;
using FeedbackCollector.Aws.S3;
using FeedbackCollector.Aws.Scheduler;
using FeedbackCollector.Aws.Ses;
using FeedbackCollector.Aws.Sns;
using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Tokens;
using FeedbackCollector.Google;
using FeedbackCollector.Google.Sheets;

namespace FeedbackCollector.Lambda.Composition;

/// <summary>
/// The AWS runtime's adapters, each made on first use: a role reads only the settings and secrets of the use
/// cases it runs, so a missing one fails the first request that needs it (logged), never an unrelated role.
/// </summary>
internal sealed class AwsAdapters : IFlowAdapters
{
    private readonly Lazy<CollectorSettings> _settings;
    private readonly Lazy<AskTokens> _tokens;
    private readonly Lazy<DynamoTables> _tables;
    private readonly Lazy<Amazon.DynamoDBv2.IAmazonDynamoDB> _dynamo;
    private readonly Lazy<IBlobStore> _blobs;
    private readonly Lazy<IAskScheduler> _scheduler;
    private readonly Lazy<IMailer> _mailer;
    private readonly Lazy<IMoodClassifier> _classifier;
    private readonly Lazy<ISmsSender> _sms;
    private readonly Lazy<OwnerChannel> _owner;
    private readonly Lazy<ISummaryParagraphWriter> _paragraphs;
    private readonly ICustomerListAppender? _customerList;

    public AwsAdapters(AwsPlumbing aws, ConfigSnapshot config, TimeProvider clock)
    {
        Time = clock;
        _settings = new(() => CollectorSettingsReader.From(config, aws.PublicBaseUrl));
        _tokens = new(() => SigningSecrets.Parse(config.Secret(RoleSecrets.SigningSecret)));
        _tables = new(() => new DynamoTables(aws.Settings.StateTable, aws.Settings.FeedbackTable, aws.Settings.AuditTable));
        _dynamo = new(aws.Sdk.DynamoDb);
        _blobs = new(() => new S3BlobStore(aws.Sdk.S3(), aws.Buckets));
        _scheduler = new(() => new EventBridgeAskScheduler(aws.Client(AwsService.Scheduler), new EventBridgeSchedulerOptions(
            aws.Required("FC_SEND_TARGET_ARN"), aws.Required("FC_SCHEDULER_ROLE_ARN"), aws.Settings.ScheduleGroup,
            config.Setting(SettingNames.Timezone))));
        _mailer = new(() => new SesMailer(aws.Client(AwsService.SesV2), clock));
        _classifier = new(() => new BedrockMoodClassifier(aws.Client(AwsService.BedrockRuntime), new BedrockClassifierOptions(
            aws.Optional("FC_CLASSIFIER_MODEL") ?? BedrockClassifierOptions.Haiku45,
            aws.Optional("FC_FALLBACK_MODEL") ?? BedrockClassifierOptions.Sonnet46)));
        _paragraphs = new(() => new BedrockSummaryParagraphWriter(aws.Client(AwsService.BedrockRuntime), config.Setting(SettingNames.SummaryModel)));
        _sms = new(() => (config.Optional(SettingNames.SmsProvider) ?? "sns") switch
        {
            "sns" => new SnsSmsSender(aws.Client(AwsService.Sns), new SnsSmsOptions(config.Optional(SettingNames.SmsSenderId),
                config.Optional(SettingNames.SmsOriginationNumber))),
            "twilio" => new TwilioSmsSender(AwsPlumbing.Http, new TwilioOptions(config.Secret(RoleSecrets.TwilioAccountSid),
                config.Secret(RoleSecrets.TwilioAuthToken), config.Required(SettingNames.SmsOriginationNumber),
                aws.Settings.TwilioEndpointUrl is { } url ? new Uri(url) : null)),
            "none" => new DisabledSmsSender(),
            var other => throw new MissingSettingException($"{SettingsRegistry.Get(SettingNames.SmsProvider).ParameterName} must be sns, twilio or none on AWS, not '{other}'"),
        });
        _owner = new(() => new OwnerChannel(config.Optional(SettingNames.OwnerEmail), config.Optional(SettingNames.SlackOwnerUserId),
            config.Secrets.TryGetValue(RoleSecrets.SlackBotToken, out var token) && !string.IsNullOrEmpty(token) ? token : null,
            AwsPlumbing.Http));
        // intake-webhook appends each sale to the owner's sheet; the service account is read on the first append only.
        _customerList = config.Optional(SettingNames.SheetId) is not { } sheetId ? null : new LazyCustomerListAppender(() =>
            new GoogleSheetCustomerListAppender(AwsPlumbing.Http, aws.GoogleCredential(config.Secret(RoleSecrets.DriveServiceAccount),
                GoogleScopes.Spreadsheets), sheetId, config.Optional(SettingNames.SheetName), aws.Google));
    }

    public TimeProvider Time { get; }
    public CollectorSettings Settings => _settings.Value;
    public AskTokens Tokens => _tokens.Value;
    public IAskStore Asks => new DynamoDbAskStore(_dynamo.Value, _tables.Value);
    public IFeedbackStore Feedback => new DynamoDbFeedbackStore(_dynamo.Value, _tables.Value);
    public IAskAnswerReader AskAnswers => new DynamoDbAskAnswerReader(_dynamo.Value, _tables.Value);
    public IAuditLog Audit => new DynamoDbAuditLog(_dynamo.Value, _tables.Value);
    public ISuppressionList Suppression => new DynamoDbSuppressionList(_dynamo.Value, _tables.Value);
    public IBlobStore Blobs => _blobs.Value;
    public IAskScheduler Scheduler => _scheduler.Value;
    public IMailer Mailer => _mailer.Value;
    public ISmsSender Sms => _sms.Value;
    public IMoodClassifier Classifier => _classifier.Value;
    public OwnerChannel Owner => _owner.Value;
    public ISummaryParagraphWriter SummaryParagraphs => _paragraphs.Value;
    public ICustomerListAppender? CustomerList => _customerList;

    /// <summary>A HEAD per doc per request would cost more than the parse it saves; drive-sync's edits land within this.</summary>
    public TimeSpan DocsRecheck { get; } = TimeSpan.FromSeconds(5);
}

/// <summary>An appender made on its first append, so a role that never appends never reads the service account.</summary>
internal sealed class LazyCustomerListAppender(Func<ICustomerListAppender> build) : ICustomerListAppender
{
    private ICustomerListAppender? _made;

    public Task AppendAsync(Core.Model.Visit visit, CancellationToken ct = default) => (_made ??= build()).AppendAsync(visit, ct);
}
