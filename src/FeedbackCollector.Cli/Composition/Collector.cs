using FeedbackCollector.App;
using FeedbackCollector.App.Answers;
using FeedbackCollector.Local;
using FeedbackCollector.Local.Intake;
using FeedbackCollector.Local.Listener;
using FeedbackCollector.Local.Mail;
using FeedbackCollector.Local.Scheduling;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Local.Sqlite;
using FeedbackCollector.Web;

namespace FeedbackCollector.Cli.Composition;

/// <summary>
/// The local composition root: opens the stores, builds the local adapters and asks <see cref="FlowApp"/> (the one
/// place use cases are made) for the flow, then wires the triggers to it: Kestrel's requests to its pages, the
/// SMTP listener's replies to its inbound use case, the scheduler's jobs and the customer list (customers.csv, planned whole
/// by natural key whenever it changes; every webhook sale is appended to it).
/// </summary>
internal sealed class Collector
{
    /// <summary>One connection pool for the process (Slack pings), as HttpClient is meant to be used.</summary>
    private static readonly HttpClient Http = new();

    private Collector(ServeSettings settings, Action<string> log, LocalStorage storage, LocalAdapters adapters, FlowApp app,
        string zone)
    {
        Settings = settings;
        Log = log;
        Storage = storage;
        Adapters = adapters;
        App = app;
        Web = App.Web(settings.Web, new OutboxFolderView(settings.Paths.OutboxFolder, settings.Paths.SmsOutboxFolder));
        Counters = new ReplyCounters(Path.Combine(Paths.StateFolder, "replies.json"));
        Listener = new ReplyListener(settings.Listener, Adapters.Blobs, OnReplyAsync, Time);
        Loop = new SchedulerLoop(Storage.Schedule, async (job, token) => await App.SendAsync(job, token),
            [new RecurringJob("daily-sweep", RecurringSchedule.Daily(zone, Settings.SweepAt), async (_, token) => await App.SweepAsync(token)),
             new RecurringJob("monthly-summary", RecurringSchedule.MonthlyOnFirst(zone, DayOfWeek.Monday, new TimeOnly(9, 0)),
                 async (_, token) => await App.SummarizeAsync(token), TimeSpan.FromDays(3))],
            Settings.Scheduler, Time);
        Loop.JobFinished += (_, o) => { if (!o.Succeeded) Log($"job {o.Name} failed: {o.Error}"); };
        Watcher = new CustomerListWatcher(Settings.CustomersCsv, Paths.CursorFile("customers.planned"),
            async (list, token) => await App.CustomerList.RunAsync(list, Path.GetFileName(Settings.CustomersCsv), token),
            Settings.CsvPollInterval, Time);
    }

    public ServeSettings Settings { get; }
    public TimeProvider Time => Adapters.Time;
    public Action<string> Log { get; }
    public LocalStorage Storage { get; }
    public LocalAdapters Adapters { get; }
    public LocalPaths Paths => Settings.Paths;
    public FlowApp App { get; }
    public WebApp Web { get; }
    public ReplyCounters Counters { get; }
    public ReplyListener Listener { get; }
    public SchedulerLoop Loop { get; }
    public CustomerListWatcher Watcher { get; }

    /// <summary>The local SMS outbox's folder, read (sms_provider = outbox writes it), for the demo's timeline.</summary>
    public OutboxSmsSender SmsOutbox => new(Paths.SmsOutboxFolder, Time);

    /// <summary>Opens the data folder (settings already read, secrets already made) and wires the runtime.</summary>
    /// <param name="log">Where serve's lines go; null: nowhere, and the flow does not format them (an import).</param>
    public static async Task<Collector> BuildAsync(ServeSettings settings, TimeProvider time, Action<string>? log, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Paths.EnsureCreated();
        var storage = await LocalStorage.OpenAsync(settings.Paths.DatabaseFile, ct);
        var adapters = new LocalAdapters(settings, storage, Http, time);
        var app = new FlowApp(adapters, log: log);
        log ??= _ => { };
        await LoadDocsAsync(settings, app, log, ct);
        // The schedules of the sweep and the summary follow the business's timezone as rules.txt says at start.
        var zone = (await app.Docs.LoadAsync(ct)).Rules.TimeZone;
        return new Collector(settings, log, storage, adapters, app, zone);
    }

    /// <summary>rules_file / voice_file are read at start; a bad edit is reported and the last good version stays.</summary>
    private static async Task LoadDocsAsync(ServeSettings settings, FlowApp app, Action<string> log, CancellationToken ct)
    {
        if (settings.RulesFile is { } rules)
        {
            var update = await app.Docs.UpdateRulesAsync(await File.ReadAllTextAsync(rules, ct), ct);
            foreach (var p in update.Problems) log($"{rules}: {p}");
            if (!update.Accepted) log($"{rules} was not accepted; the last good rules stay in force");
        }
        if (settings.VoiceFile is { } voice)
        {
            var update = await app.Docs.UpdateVoiceAsync(await File.ReadAllTextAsync(voice, ct), ct);
            foreach (var p in update.Problems) log($"{voice}: {p}");
        }
    }

    /// <summary>A failure here throws, so the listener answers 451 and the sender delivers again (the raw MIME is kept).</summary>
    private async Task OnReplyAsync(string blobKey, string recipient, CancellationToken ct)
    {
        var outcome = await App.Inbound.AcceptAsync(blobKey, [recipient], ct);
        Counters.Add(c => Count(c, outcome));
    }

    private static ReplyCounts Count(ReplyCounts c, ReplyOutcome outcome) => (outcome.Outcome, outcome.Routed) switch
    {
        ("accepted", "already-answered") => c with { AlreadyAnswered = c.AlreadyAnswered + 1 },
        ("accepted", "redelivered") => c,
        ("accepted", _) => c with { Routed = c.Routed + 1 },
        ("unparsable" or "missing", _) => c with { Unreadable = c.Unreadable + 1 },
        ("signature_failure" or "link-expired" or "no-reply-address", _) => c with { ForgedTokens = c.ForgedTokens + 1 },
        (var word, _) when word.StartsWith("suppressed-", StringComparison.Ordinal) => c with { BouncesSuppressed = c.BouncesSuppressed + 1 },
        (var word, _) when word.StartsWith("ignored-", StringComparison.Ordinal) => c with { AutoRepliesIgnored = c.AutoRepliesIgnored + 1 },
        _ => c,
    };
}
