using FeedbackCollector.Cli.Config;
using FeedbackCollector.Core.Classify;
using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Tokens;
using FeedbackCollector.Local;
using FeedbackCollector.Local.Blobs;
using FeedbackCollector.Local.Intake;
using FeedbackCollector.Local.Listener;
using FeedbackCollector.Local.Mail;
using FeedbackCollector.Mail.Owner;
using FeedbackCollector.Web.Flow;
using FeedbackCollector.Local.Scheduling;
using FeedbackCollector.Local.Sqlite;
using FeedbackCollector.Web;

namespace FeedbackCollector.Cli.Composition;

/// <summary>
/// The local composition root: reads the settings once (<see cref="ServeSettings"/>), opens the
/// stores and wires every adapter to the use cases. Nothing else in the CLI creates a use case.
/// </summary>
internal sealed class Collector : IDisposable
{
    private readonly HttpClient http = new();

    private Collector(LocalConfig config, ServeSettings settings, TimeProvider time, Action<string> log, LocalStorage storage)
    {
        Config = config;
        Settings = settings;
        Time = time;
        Log = log;
        Storage = storage;
        Paths = settings.Paths;
        Blobs = new FolderBlobStore(Paths.BlobsFolder);
        Mailer = settings.Relay is null ? new OutboxMailer(Paths.OutboxFolder, time) : new SmtpRelayMailer(settings.Relay, time);
        Docs = new OwnerDocs(Blobs, time);
        Tokens = new AskTokens(settings.SigningKey, settings.PreviousSigningKey);
        Counters = new ReplyCounters(Path.Combine(Paths.StateFolder, "replies.json"));
    }

    public LocalConfig Config { get; }
    public ServeSettings Settings { get; }
    public TimeProvider Time { get; }
    public Action<string> Log { get; }
    public LocalStorage Storage { get; }
    public LocalPaths Paths { get; }
    public FolderBlobStore Blobs { get; }
    public Core.Ports.IMailer Mailer { get; }
    public OwnerDocs Docs { get; }
    public AskTokens Tokens { get; }
    public ReplyCounters Counters { get; }
    public CollectorSettings Flow { get; private set; } = null!;
    public VisitIntake Intake { get; private set; } = null!;
    public AskSender Sender { get; private set; } = null!;
    public AnswerIntake Answers { get; private set; } = null!;
    public DeliveryFailures Failures { get; private set; } = null!;
    public AnswerDispatch Dispatch { get; private set; } = null!;
    public DailySweepJob Sweep { get; private set; } = null!;
    public MonthlySummaryJob Summary { get; private set; } = null!;
    public ReviewRedirect Web { get; private set; } = null!;
    public ReplyListener Listener { get; private set; } = null!;
    public SchedulerLoop Loop { get; private set; } = null!;
    public CsvWatcher Watcher { get; private set; } = null!;

    public static async Task<Collector> BuildAsync(LocalConfig config, TimeProvider time, Action<string> log, CancellationToken ct)
    {
        var settings = ServeSettings.From(config);
        settings.Paths.EnsureCreated();
        var storage = await LocalStorage.OpenAsync(settings.Paths.DatabaseFile, ct);
        var collector = new Collector(config, settings, time, log, storage);
        await collector.LoadDocsAsync(ct);
        await collector.WireAsync(ct);
        return collector;
    }

    /// <summary>rules_file / voice_file are read at start; a bad edit is reported and the last good version stays.</summary>
    private async Task LoadDocsAsync(CancellationToken ct)
    {
        if (Settings.RulesFile is { } rules)
        {
            var update = await Docs.UpdateRulesAsync(await File.ReadAllTextAsync(rules, ct), ct);
            foreach (var p in update.Problems) Log($"{rules}: {p}");
            if (!update.Accepted) Log($"{rules} was not accepted; the last good rules stay in force");
        }
        if (Settings.VoiceFile is { } voice)
        {
            var update = await Docs.UpdateVoiceAsync(await File.ReadAllTextAsync(voice, ct), ct);
            foreach (var p in update.Problems) Log($"{voice}: {p}");
        }
    }

    private async Task WireAsync(CancellationToken ct)
    {
        var rules = (await Docs.LoadAsync(ct)).Rules;
        Flow = new CollectorSettings(Settings.PublicBaseUrl, Settings.ReplyDomain, Settings.FromAddress,
            Settings.FromName ?? rules.BusinessName);
        var ownerEmail = Settings.OwnerEmail ?? rules.Owner.Email ?? Settings.FromAddress;
        var slack = Settings.SlackBotToken is { } token && rules.Owner.SlackUserId is { } user ? new SlackOptions(token, user) : null;
        WireUseCases(OwnerNotifiers.Choose(slack, http, Mailer, ownerEmail, Settings.FromAddress), ownerEmail);
        var visits = new VisitSink(Intake, Log);
        WireWeb(visits);
        Listener = new ReplyListener(Settings.Listener, Blobs, new ReplyPipeline(Blobs, Answers, Dispatch, Failures, Counters, Log).HandleAsync, Time);
        Loop = new SchedulerLoop(Storage.Schedule, RunJobAsync,
            [new RecurringJob("daily-sweep", RecurringSchedule.Daily(rules.TimeZone, Settings.SweepAt), RunSweepAsync),
             new RecurringJob("monthly-summary", RecurringSchedule.MonthlyOnFirst(rules.TimeZone, DayOfWeek.Monday, new TimeOnly(9, 0)),
                 RunSummaryAsync, TimeSpan.FromDays(3))],
            Settings.Scheduler, Time);
        Loop.JobFinished += (_, o) => { if (!o.Succeeded) Log($"job {o.Name} failed: {o.Error}"); };
        Watcher = new CsvWatcher(new CsvCustomerSource(Settings.CustomersCsv, rules.TimeZone), Paths.CursorFile("customers"),
            async (batch, token) =>
            {
                foreach (var p in batch.Problems) Log($"{Settings.CustomersCsv}: {p}");
                foreach (var visit in batch.Visits) await visits.AcceptAsync(visit, token);
            }, Settings.CsvPollInterval, Time);
    }

    private void WireUseCases(Core.Ports.IOwnerNotifier owner, string ownerEmail)
    {
        var s = Storage;
        var messages = new AskMessages(Flow, Tokens);
        Intake = new VisitIntake(s.Asks, s.Schedule, s.Suppression, s.Audit, Docs, Time);
        Answers = new AnswerIntake(s.Asks, s.Feedback, new LexiconMoodClassifier(), Docs, Tokens, Time);
        Dispatch = new AnswerDispatch(s.Asks, s.Feedback, s.Audit, s.Suppression, Mailer, owner, Docs, messages, Time);
        Failures = new DeliveryFailures(s.Asks, s.Suppression, s.Audit, Tokens, Time);
        Sender = new AskSender(s.Asks, s.Feedback, s.Suppression, Mailer, new NoSmsSender(), s.Audit, Docs, messages, Flow, Time);
        Sweep = new DailySweepJob(s.Asks, s.Feedback, s.Audit, s.Schedule, Docs, Flow, Time);
        Summary = new MonthlySummaryJob(s.Asks, s.Feedback, s.Audit, Blobs,
            new EmailSummaryWriter(Mailer, ownerEmail, Settings.FromAddress), Docs, Time);
    }

    private void WireWeb(VisitSink visits)
    {
        var s = Storage;
        var ownerActions = new OwnerActions(s.Feedback, s.Audit, Dispatch, Time);
        Web = new ReviewRedirect(new WebApp(Settings.Web, new WebAppServices(
            new TapSink(Answers, Dispatch, s.Asks, s.Feedback, Docs, Tokens, Time),
            new FlowUnsubscribeSink(new Unsubscribe(s.Asks, s.Suppression, Tokens, Time), s.Asks, s.Suppression, Docs, Tokens, Time),
            new Web.Webhooks.BlobWebhookInbox(Blobs), visits,
            new OwnerConsole(s.Asks, s.Feedback, s.Audit, ownerActions, Docs, Paths.OutboxFolder, Time)), Time),
            new ReviewClick(s.Asks, s.Audit, Docs, Tokens, Time));
    }

    private async Task RunJobAsync(Core.Ports.ScheduledJob job, CancellationToken ct)
    {
        var outcome = await Sender.RunAsync(job, ct);
        Log($"{job.Kind} {job.AskId}: {outcome.Status}{(outcome.Detail is null ? "" : " (" + outcome.Detail + ")")}");
        if (outcome.Retry) throw new InvalidOperationException($"send must be retried: {outcome.Detail}");
    }

    private async Task RunSweepAsync(DateTimeOffset due, CancellationToken ct)
    {
        var report = await Sweep.RunAsync(ct);
        Log($"daily sweep: {report.FollowUpsScheduled.Count} follow-ups, {report.Closed.Count} closed, {report.Unclear.Count} unclear waiting");
    }

    private async Task RunSummaryAsync(DateTimeOffset due, CancellationToken ct)
    {
        var outcome = await Summary.RunAsync(ct);
        Log($"monthly summary {outcome.Month}: {outcome.Status}");
        if (outcome.Retry) throw new InvalidOperationException("summary must be retried: " + outcome.Detail);
    }

    public void Dispose() => http.Dispose();
}
