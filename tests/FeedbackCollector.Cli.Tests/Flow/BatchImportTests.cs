using FeedbackCollector.App;
using FeedbackCollector.App.Import;
using FeedbackCollector.Cli.Commands;
using FeedbackCollector.Cli.Composition;
using FeedbackCollector.Cli.Config;
using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Tokens;
using FeedbackCollector.Local.Intake;
using FeedbackCollector.Local.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace FeedbackCollector.Cli.Tests.Flow;

/// <summary>The batch import over serve's wiring (FlowApp over SQLite): one transaction per batch, each row planned once.</summary>
public sealed class BatchImportTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "fc-import-" + Guid.NewGuid().ToString("N")[..10]);
    private readonly HttpClient _http = new();

    private async Task<(FlowApp App, LocalStorage Storage)> StartAsync(int? dieAtJobs = null)
    {
        var storage = await LocalStorage.OpenAsync(Path.Combine(_dir, "feedback.db"), Ct);
        return (AppOver(storage, dieAtJobs), storage);
    }

    /// <param name="dieAtJobs">The import dies when its batch with this number writes its send jobs (after its asks): null, never.</param>
    private FlowApp AppOver(LocalStorage storage, int? dieAtJobs = null)
    {
        var config = LocalConfig.Load(null, new Dictionary<string, string> { ["FC_DATA_DIR"] = _dir });
        config.GenerateMissingSecrets();
        IFlowAdapters adapters = new LocalAdapters(ServeSettings.From(config), storage, _http, new FakeTimeProvider(Start));
        if (dieAtJobs is { } batch) adapters = new DyingSchedulerAdapters(adapters, new DyingScheduler(storage.Schedule, batch));
        return new FlowApp(adapters);
    }

    private static List<Visit> Rows(int count) => [.. Enumerable.Range(0, count).Select(i =>
    {
        var email = $"customer{i}@example.com";
        return new Visit("csv", $"row-{i}", new Customer(AskId.ForCustomer(email, null), "Kim", email, null), "haircut", Start.AddHours(-3));
    })];

    private static BatchImporter Importer(FlowApp app, LocalStorage storage, int batchSize, int? dieInBatch = null)
    {
        var batches = 0;
        return new BatchImporter(app, (work, ct) => storage.Factory.InTransactionAsync(async c =>
        {
            await work(c);
            // A kill after the batch's rows were written and before its commit.
            if (++batches == dieInBatch) throw new OperationCanceledException("killed");
            return true;
        }, ct), batchSize);
    }

    private static async Task<long> CountAsync(LocalStorage storage, string table)
    {
        await using var connection = await storage.Factory.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {table};";
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }

    [Fact]
    public async Task A_killed_import_re_run_plans_each_row_once()
    {
        var (app, storage) = await StartAsync();
        var rows = Rows(250);

        var killed = () => Importer(app, storage, batchSize: 100, dieInBatch: 2).RunAsync(rows, null, Ct);
        await killed.Should().ThrowAsync<OperationCanceledException>();
        (await CountAsync(storage, "asks")).Should().Be(100, "the first batch committed and the killed one left nothing");

        var rerun = await Importer(app, storage, batchSize: 100).RunAsync(rows, null, Ct);

        rerun.Should().BeEquivalentTo(new { Planned = 150, AlreadyPlanned = 100, NotPlanned = 0 });
        (await CountAsync(storage, "asks")).Should().Be(250);
        (await CountAsync(storage, "schedule")).Should().Be(250, "one send job per row, none twice");
    }

    [Fact]
    public async Task An_import_killed_between_a_batchs_asks_and_its_send_jobs_re_run_plans_each_row_once_with_its_job()
    {
        var (dying, storage) = await StartAsync(dieAtJobs: 2);
        var rows = Rows(250);

        var killed = () => Importer(dying, storage, batchSize: 100).RunAsync(rows, null, Ct);
        await killed.Should().ThrowAsync<OperationCanceledException>();
        (await CountAsync(storage, "asks")).Should().Be(100, "the killed batch's asks, written before its jobs, were rolled back with it");
        var app = AppOver(storage);

        var rerun = await Importer(app, storage, batchSize: 100).RunAsync(rows, null, Ct);

        rerun.Should().BeEquivalentTo(new { Planned = 150, AlreadyPlanned = 100, NotPlanned = 0 });
        (await CountAsync(storage, "asks")).Should().Be(250);
        (await CountAsync(storage, "schedule")).Should().Be(250, "every ask has its send job, none twice");
    }

    [Fact]
    public async Task Importing_the_same_rows_again_plans_nothing_and_reports_progress_per_batch()
    {
        var (app, storage) = await StartAsync();
        var rows = Rows(30);
        await Importer(app, storage, batchSize: 7).RunAsync(rows, null, Ct);
        var seen = new List<int>();

        var again = await Importer(app, storage, batchSize: 7).RunAsync(rows, new Recorder(seen), Ct);

        again.Should().BeEquivalentTo(new { Planned = 0, AlreadyPlanned = 30, NotPlanned = 0 });
        seen.Should().Equal(7, 14, 21, 28, 30);
    }

    [Fact]
    public async Task An_import_killed_in_the_second_read_of_its_transaction_leaves_nothing_of_it_and_a_re_run_plans_each_row_once()
    {
        var (dying, storage) = await StartAsync(dieAtJobs: 2);
        var csv = Path.Combine(_dir, "customers.csv");
        await File.WriteAllLinesAsync(csv, ["first_name,email,phone,visit_type,visit_end,source_id",
            .. Enumerable.Range(0, 12_000).Select(i => $"Kim,c{i}@example.com,,haircut,2026-03-01T10:00:00+08:00,row-{i}")], Ct);

        var killed = () => ImportFileAsync(dying, storage, csv);
        await killed.Should().ThrowAsync<OperationCanceledException>();
        (await CountAsync(storage, "asks")).Should().Be(0, "the first read's rows were in the same transaction as the killed second read's");

        var rerun = await ImportFileAsync(AppOver(storage), storage, csv);

        rerun.Should().Be(new ImportSummary(12_000, 0, 0, 0));
        (await CountAsync(storage, "asks")).Should().Be(12_000);
        (await CountAsync(storage, "schedule")).Should().Be(12_000, "every ask has its send job, none twice");
    }

    /// <summary>`import`'s wiring: reads of 5,000 rows, ImportRun.RowsPerTransaction rows a transaction.</summary>
    private static Task<ImportSummary> ImportFileAsync(FlowApp app, LocalStorage storage, string csv)
    {
        Func<Func<CancellationToken, Task>, CancellationToken, Task> inTransaction =
            (work, ct) => storage.Factory.InTransactionAsync(async c => { await work(c); return true; }, ct);
        var importer = new BatchImporter(app, inTransaction, CsvCustomerSource.MaxRowsPerBatch);
        return ImportRun.RunAsync(new CsvCustomerSource(csv, "UTC"), importer.PlanAsync, TextWriter.Null, TextWriter.Null, Ct, inTransaction);
    }

    /// <summary>The store's scheduler, but the process dies when the <paramref name="dieAt"/>th batch of jobs is written.</summary>
    private sealed class DyingScheduler(IAskScheduler inner, int dieAt) : IAskScheduler
    {
        private int _batches;

        public Task<IReadOnlyList<bool>> ScheduleManyAsync(IReadOnlyList<ScheduledJob> jobs, CancellationToken ct = default) =>
            ++_batches == dieAt ? throw new OperationCanceledException("killed") : inner.ScheduleManyAsync(jobs, ct);

        public Task<bool> ScheduleAsync(ScheduledJob job, CancellationToken ct = default) => inner.ScheduleAsync(job, ct);
        public Task<bool> CancelAsync(string name, CancellationToken ct = default) => inner.CancelAsync(name, ct);
        public Task<bool> ForgetAsync(string name, CancellationToken ct = default) => inner.ForgetAsync(name, ct);
    }

    private sealed class DyingSchedulerAdapters(IFlowAdapters inner, IAskScheduler scheduler) : IFlowAdapters
    {
        public TimeProvider Time => inner.Time;
        public CollectorSettings Settings => inner.Settings;
        public AskTokens Tokens => inner.Tokens;
        public IAskStore Asks => inner.Asks;
        public IAskAnswerReader AskAnswers => inner.AskAnswers;
        public IFeedbackStore Feedback => inner.Feedback;
        public IAuditLog Audit => inner.Audit;
        public ISuppressionList Suppression => inner.Suppression;
        public IBlobStore Blobs => inner.Blobs;
        public IAskScheduler Scheduler => scheduler;
        public IMailer Mailer => inner.Mailer;
        public ISmsSender Sms => inner.Sms;
        public IMoodClassifier Classifier => inner.Classifier;
        public OwnerChannel Owner => inner.Owner;
    }

    private sealed class Recorder(List<int> seen) : IProgress<int>
    {
        public void Report(int value) => seen.Add(value);
    }

    public void Dispose()
    {
        _http.Dispose();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }
}
