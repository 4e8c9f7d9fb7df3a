using System.Text;
using System.Text.Json;
using FeedbackCollector.App;
using FeedbackCollector.App.Privacy;
using FeedbackCollector.Cli.Composition;
using FeedbackCollector.Cli.Config;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Local.Scheduling;
using FeedbackCollector.Local.Sqlite;
using FeedbackCollector.Web;
using FeedbackCollector.Web.Http;
using Microsoft.Extensions.Time.Testing;

namespace FeedbackCollector.Parity.Tests.Drivers;

/// <summary>
/// The local host in-process: the CLI's own LocalAdapters (SQLite in a temp data dir, folder blobs, outbox) under
/// FlowApp with the in-process hand-off; pages through WebApp, replies through the inbound use case after the MIME
/// is kept in the RawMime area (as the SMTP listener does), jobs through the real scheduler loop's single poll.
/// </summary>
internal sealed class LocalDriver : IParityDriver
{
    private readonly string _dataDir;
    private readonly FakeTimeProvider _clock = new(ParityWorld.Start);
    private readonly HttpClient _http = new();
    private readonly string _owner;
    private LocalStorage _storage = null!;
    private ServeSettings _settings = null!;
    private IFlowAdapters _adapters = null!;
    private FlowApp _app = null!;
    private WebApp _web = null!;

    private LocalDriver(string owner)
    {
        _owner = owner;
        _dataDir = Path.Combine(Path.GetTempPath(), "fc-parity-" + Guid.NewGuid().ToString("N")[..10]);
    }

    public string Name => "local";

    /// <param name="refuse">Mails the provider refuses for good (see <see cref="RefusingMailer"/>); null: none.</param>
    public static async Task<LocalDriver> StartAsync(string sender, string owner, string signingSecret, Func<OutboundEmail, bool>? refuse = null)
    {
        var driver = new LocalDriver(owner);
        var config = LocalConfig.Load(null, new Dictionary<string, string>
        {
            ["FC_DATA_DIR"] = driver._dataDir, ["FC_PUBLIC_BASE_URL"] = ParityWorld.PublicBaseUrl, ["FC_REPLY_DOMAIN"] = ParityWorld.ReplyDomain,
            ["FC_FROM_ADDRESS"] = sender, ["FC_FROM_NAME"] = ParityWorld.BusinessName, ["FC_OWNER_EMAIL"] = owner,
            ["FC_SIGNING_SECRET"] = signingSecret, ["FC_OWNER_KEY"] = "parity-owner-key-0123456789",
        });
        driver._settings = ServeSettings.From(config);
        driver._settings.Paths.EnsureCreated();
        driver._storage = await LocalStorage.OpenAsync(driver._settings.Paths.DatabaseFile);
        driver._adapters = new ScriptedClassifierAdapters(new LocalAdapters(driver._settings, driver._storage, driver._http, driver._clock), ParityWorld.Classifier(),
            refuse: refuse);
        driver._app = new FlowApp(driver._adapters);
        driver._web = driver._app.Web(driver._settings.Web);
        return driver;
    }

    public void Advance(TimeSpan by) => _clock.Advance(by);

    public async Task SeedAsync(string rules, string voice)
    {
        (await _app.Docs.UpdateRulesAsync(rules)).Accepted.Should().BeTrue();
        await _app.Docs.UpdateVoiceAsync(voice);
    }

    public Task PlanAsync(Visit visit) => _app.PlanAsync([visit]);

    public async Task FireDueJobsAsync()
    {
        var loop = new SchedulerLoop(_storage.Schedule, async (job, ct) => await _app.SendAsync(job, ct), [], new SchedulerLoopOptions(), _clock);
        await loop.RunOnceAsync();
    }

    public Task<PageSeen> GetAsync(string path) => HandleAsync("GET", path, "");

    public Task<PageSeen> PostAsync(string path, string form) => HandleAsync("POST", path, form);

    private async Task<PageSeen> HandleAsync(string method, string path, string form)
    {
        var response = await _web.Handle(new WebRequest(method, path, new Dictionary<string, string>(),
            new Dictionary<string, string> { ["content-type"] = "application/x-www-form-urlencoded" }, Encoding.UTF8.GetBytes(form), "203.0.113.7"));
        return PageSeen.Of(response.Status, response.Headers.TryGetValue("Location", out var location) ? location : null, response.BodyText);
    }

    public async Task<string> DeliverReplyAsync(string name, string mime, string envelopeRecipient)
    {
        await _adapters.Blobs.PutAsync(BlobArea.RawMime, name, Encoding.UTF8.GetBytes(mime), "message/rfc822");
        return (await _app.Inbound.AcceptAsync(name, [envelopeRecipient])).Outcome;
    }

    /// <summary>customers.csv written where serve reads it, then one poll of the watcher serve runs (Collector's wiring).</summary>
    public async Task PlanCustomerListAsync(string csv)
    {
        await File.WriteAllTextAsync(_settings.CustomersCsv, csv);
        using var watcher = new Local.Intake.CustomerListWatcher(_settings.CustomersCsv, _settings.Paths.CursorFile("customers.planned"),
            async (list, ct) => await _app.CustomerList.RunAsync(list, Path.GetFileName(_settings.CustomersCsv), ct), TimeSpan.FromSeconds(10), _clock);
        await watcher.PollOnceAsync();
    }

    public Task SweepAsync() => _app.SweepAsync();

    public Task SummarizeAsync() => _app.SummarizeAsync();

    public Task<RowsSeen> RowsAsync(string customerId, string askId, string email) => Rows.ReadAsync(_adapters, customerId, askId, email);

    public Task<IReadOnlyList<string>> SentMailAsync()
    {
        var folder = _settings.Paths.OutboxFolder;
        IReadOnlyList<string> mails = Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder, "*.eml").Order(StringComparer.Ordinal).Select(File.ReadAllText)]
            : [];
        return Task.FromResult(mails);
    }

    public string Owner => _owner;

    public async Task<string> EraseAsync(string contact) =>
        JsonSerializer.Serialize(await _app.EraseAsync(contact), PrivacyJson.Default.ErasureReport);

    public async Task<string> ExportAsync(string contact) =>
        JsonSerializer.Serialize(await _app.ExportAsync(contact), PrivacyJson.Default.CustomerExport);

    public Task<IFlowAdapters> StoresAsync() => Task.FromResult(_adapters);

    // Latin-1 keeps every byte one char, so text inside the SQLite pages (and its -wal) is found as written.
    public async Task<IReadOnlyList<string>> FindAsync(IReadOnlyList<string> texts)
    {
        var found = new List<string>();
        foreach (var file in Directory.EnumerateFiles(_dataDir, "*", SearchOption.AllDirectories))
        {
            var content = Encoding.Latin1.GetString(await File.ReadAllBytesAsync(file));
            found.AddRange(texts.Where(t => content.Contains(t, StringComparison.OrdinalIgnoreCase))
                .Select(t => $"{Path.GetRelativePath(_dataDir, file)} names {t}"));
        }
        return found;
    }

    public ValueTask DisposeAsync()
    {
        _http.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dataDir, recursive: true); } catch (IOException) { }
        return ValueTask.CompletedTask;
    }
}
