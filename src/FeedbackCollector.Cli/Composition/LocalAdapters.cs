using FeedbackCollector.App;
using FeedbackCollector.App.Sms;
using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Tokens;
using FeedbackCollector.Local.Blobs;
using FeedbackCollector.Local.Classify;
using FeedbackCollector.Local.Intake;
using FeedbackCollector.Local.Mail;
using FeedbackCollector.Local.Privacy;
using FeedbackCollector.Local.Sqlite;

namespace FeedbackCollector.Cli.Composition;

/// <summary>The local runtime's adapters: SQLite, the blob folder, the outbox or an SMTP relay, the built-in classifier.</summary>
internal sealed class LocalAdapters(ServeSettings settings, LocalStorage storage, HttpClient http, TimeProvider time) : IFlowAdapters
{
    public TimeProvider Time => time;

    public CollectorSettings Settings { get; } = new(settings.PublicBaseUrl, settings.ReplyDomain, settings.SenderAddress,
        settings.SenderName ?? "")
    {
        Channels = settings.Channels,
        PhoneRegion = settings.PhoneRegion,
    };

    public AskTokens Tokens { get; } = settings.Tokens;

    public IAskStore Asks => storage.Asks;

    public IFeedbackStore Feedback => storage.Feedback;

    public IAskAnswerReader AskAnswers => storage.AskAnswers;

    /// <summary>Another process's edit of rules.txt or voice.txt (a stat each) is looked for at most this often.</summary>
    public TimeSpan DocsRecheck { get; } = TimeSpan.FromMilliseconds(250);

    public IAuditLog Audit => storage.Audit;

    public ISuppressionList Suppression => storage.Suppression;

    public IBlobStore Blobs { get; } = new FolderBlobStore(settings.Paths.BlobsFolder);

    public IAskScheduler Scheduler => storage.Schedule;

    public IMailer Mailer { get; } = settings.Relay is null
        ? new OutboxMailer(settings.Paths.OutboxFolder, time)
        : new SmtpRelayMailer(settings.Relay, time, new RelaySendJournal(settings.Paths.RelayJournalFolder));

    public ISmsSender Sms { get; } = settings.SmsProvider switch
    {
        "twilio" => new TwilioSmsSender(http, settings.Twilio!),
        "none" => new DisabledSmsSender(),
        _ => new OutboxSmsSender(settings.Paths.SmsOutboxFolder, time),
    };

    public IMoodClassifier Classifier => settings.Classifier;

    public ISummaryParagraphWriter SummaryParagraphs { get; } = ClassifierFactory.SummaryParagraphWriterFor(settings.Classifier);

    /// <summary>The outboxes, customers.csv and the database's WAL: what an erasure also has to clear locally.</summary>
    public IContactTraces Traces { get; } = new LocalContactTraces([settings.Paths.OutboxFolder, settings.Paths.SmsOutboxFolder],
        settings.CustomersCsv, storage.Factory);

    /// <summary>customers.csv is the local customer list: each webhook sale is appended to it.</summary>
    public ICustomerListAppender? CustomerList { get; } = new CsvCustomerListAppender(settings.CustomersCsv);

    public OwnerChannel Owner { get; } = new(settings.OwnerEmail, settings.SlackOwnerUserId, settings.SlackBotToken, http);
}
