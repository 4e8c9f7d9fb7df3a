using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Tokens;
using FeedbackCollector.Local.Mail;
using FeedbackCollector.Local.Sqlite;
using FeedbackCollector.Local.Tests.TestSupport;
using FeedbackCollector.Testing.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace FeedbackCollector.Local.Tests.Faults;

/// <summary>
/// `serve` in smtp relay mode as far as sending goes: SQLite, the relay journal in the data folder, and the ask
/// sender over them. <see cref="RestartAsync"/> drops every in-memory object and opens the same files again.
/// </summary>
internal sealed class RelaySendWorld : IDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    private const string Rules = """
        Business: Kim's Salon
        Timezone: Asia/Singapore
        Links expire after: 30 days
        Review link: Google https://g.page/r/kims-salon/review
        """;

    private readonly TempFolder _folder = new();
    private readonly LocalPaths _paths;
    private readonly int _relayPort;

    private RelaySendWorld(int relayPort)
    {
        _relayPort = relayPort;
        _paths = new LocalPaths(_folder.Path).EnsureCreated();
    }

    public FakeTimeProvider Clock { get; } = new(Start);

    public LocalStorage Storage { get; private set; } = null!;

    public AskSender Sender { get; private set; } = null!;

    /// <summary>Wraps the relay mailer, e.g. to "crash" after it returns.</summary>
    public Func<IMailer, IMailer> WrapMailer { get; set; } = mailer => mailer;

    public static async Task<RelaySendWorld> StartAsync(int relayPort)
    {
        var world = new RelaySendWorld(relayPort);
        await world.RestartAsync();
        return world;
    }

    public async Task RestartAsync()
    {
        Storage = await LocalStorage.OpenAsync(_paths.DatabaseFile);
        var blobs = new FakeBlobStore();
        var docs = new OwnerDocs(blobs, Clock);
        (await docs.UpdateRulesAsync(Rules)).Accepted.Should().BeTrue();
        var settings = new CollectorSettings(new Uri("https://fb.example.com/"), "reply.example.com", "hello@kims.example", "Kim's Salon");
        var tokens = new AskTokens(new SigningKey("k", [.. Enumerable.Range(1, 32).Select(i => (byte)i)]));
        var relay = new SmtpRelayMailer(new SmtpRelayOptions("127.0.0.1", _relayPort, SmtpSecurity.None) { Timeout = TimeSpan.FromSeconds(5) },
            Clock, new RelaySendJournal(_paths.RelayJournalFolder));
        Sender = new AskSender(Storage.Asks, Storage.Feedback, Storage.Suppression, WrapMailer(relay), new FakeSmsSender(), Storage.Audit,
            docs, new AskMessages(settings, tokens), settings, Clock);
    }

    /// <summary>A pending ask for name@relay.test due at <see cref="Start"/>, and its send job.</summary>
    public async Task<ScheduledJob> PendingAskAsync(string name = "ann")
    {
        var email = name + "@relay.test";
        var customer = new Customer(AskId.ForCustomer(email, null), name, email, null);
        var ask = new Ask(customer.CustomerId, AskId.ForVisit("shopify", "order-" + name), customer, "haircut", Start.AddHours(-2), Start,
            AskStatus.Pending);
        (await Storage.Asks.TryAddAsync(ask)).Should().BeTrue();
        return new ScheduledJob(JobNames.SendAsk(ask.AskId), JobKind.SendAsk, ask.CustomerId, ask.AskId, ask.SendAt);
    }

    /// <summary>What FlowApp.SendAsync does with the outcome: a send to retry is a transient failure for the scheduler.</summary>
    public async Task<SendOutcome> SendAsync(ScheduledJob job, CancellationToken ct = default)
    {
        var outcome = await Sender.RunAsync(job, ct);
        return outcome.Retry ? throw new TransientFailureException("send must be retried: " + outcome.Detail) : outcome;
    }

    public async Task<IReadOnlyList<AuditEntry>> MovesAsync(ScheduledJob job) =>
        await Storage.Audit.ListForAskAsync(job.CustomerId, job.AskId);

    public void Dispose() => _folder.Dispose();
}
