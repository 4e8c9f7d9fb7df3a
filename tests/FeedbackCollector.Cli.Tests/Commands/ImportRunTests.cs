using System.Globalization;
using System.Text;
using FeedbackCollector.Cli.Commands;
using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Local.Intake;

namespace FeedbackCollector.Cli.Tests.Commands;

/// <summary>
/// `import`'s loop over a real CsvCustomerSource: every row of a file far past one batch (5,000 rows) reaches the
/// planner exactly once. The planner here records instead of writing SQLite (planning speed is issue 16's).
/// </summary>
public sealed class ImportRunTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "fc-import-" + Guid.NewGuid().ToString("N")[..10]);

    private sealed class RecordingPlanner
    {
        public List<string> Planned { get; } = [];

        public Task<IReadOnlyList<IntakeResult>> PlanAsync(IReadOnlyList<Visit> visits, CancellationToken ct)
        {
            Planned.AddRange(visits.Select(v => v.SourceId));
            IReadOnlyList<IntakeResult> results = [.. visits.Select(v => new IntakeResult(
                v.SourceId.EndsWith('7') ? IntakeStatus.NotPlanned : IntakeStatus.Planned,
                new Ask(v.Customer.CustomerId, v.AskId, v.Customer, v.VisitType, v.EndedAt, v.EndedAt, AskStatus.Pending),
                null, v.SourceId.EndsWith('7') ? "ask cap" : null))];
            return Task.FromResult(results);
        }
    }

    private Recorder Progress { get; } = new();

    private sealed class Recorder : IProgress<ImportProgress>
    {
        public List<ImportProgress> Seen { get; } = [];

        public void Report(ImportProgress value) => Seen.Add(value);
    }

    private async Task<(ImportSummary Summary, RecordingPlanner Planner, string Output, string Errors)> ImportAsync(int rows, int badRows = 0)
    {
        Directory.CreateDirectory(_dir);
        var csv = Path.Combine(_dir, "customers.csv");
        var text = new StringBuilder("first_name,email,phone,visit_type,visit_end,source_id\n");
        for (var i = 0; i < rows; i++)
        {
            var email = i < badRows ? "not-an-email" : $"c{i}@example.com";
            text.Append(CultureInfo.InvariantCulture, $"C{i},{email},,visit,2026-03-01T10:00:00+00:00,row{i}\n");
        }
        await File.WriteAllTextAsync(csv, text.ToString(), Ct);
        var planner = new RecordingPlanner();
        var (output, errors) = (new StringWriter(), new StringWriter());
        var summary = await ImportRun.RunAsync(new CsvCustomerSource(csv, "UTC"), planner.PlanAsync, output, errors, Ct, progress: Progress);
        return (summary, planner, output.ToString(), errors.ToString());
    }

    [Fact]
    public async Task Import_keeping_only_the_first_5000_rows_is_fixed_a_100000_row_file_plans_every_row_once()
    {
        var (summary, planner, _, errors) = await ImportAsync(100_000);

        planner.Planned.Should().HaveCount(100_000).And.OnlyHaveUniqueItems();
        planner.Planned[^1].Should().Be("row99999");
        summary.Should().Be(new ImportSummary(90_000, 10_000, 0, 0));
        summary.ExitCode.Should().Be(0);
        errors.Should().Contain("90000 planned").And.Contain("10000 not planned");
        Progress.Seen.Select(p => p.Rows).Should().BeInAscendingOrder().And.HaveCountGreaterThanOrEqualTo(20);
        Progress.Seen[^1].Rows.Should().Be(100_000);
        CsvCustomerSource.BytesRead(Progress.Seen[^1].Cursor).Should().Be(new FileInfo(Path.Combine(_dir, "customers.csv")).Length,
            "the bar ends at the file's last byte");
    }

    [Fact]
    public async Task Import_says_which_rows_were_not_planned_or_not_read_and_exits_non_zero_for_unreadable_rows()
    {
        var (summary, planner, output, errors) = await ImportAsync(6_000, badRows: 2);

        planner.Planned.Should().HaveCount(5_998);
        summary.Should().Be(new ImportSummary(5_398, 600, 0, 2));
        summary.ExitCode.Should().Be(1);
        output.Should().Contain("row17: NotPlanned (ask cap)");
        errors.Should().Contain("line 2: error:").And.Contain("line 3: error:").And.Contain("2 unreadable");
    }

    /// <summary>Three reads of one visit each; the second read is not answered until the first read's rows are planned.</summary>
    private sealed class ThreeReads(TaskCompletionSource firstPlanned) : ICustomerSource
    {
        public TaskCompletionSource SecondAsked { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public List<string?> Cursors { get; } = [];

        public async Task<VisitBatch> ReadSinceAsync(string? cursor, CancellationToken ct = default)
        {
            lock (Cursors) Cursors.Add(cursor);
            var n = cursor is null ? 0 : int.Parse(cursor, CultureInfo.InvariantCulture);
            if (n == 1)
            {
                SecondAsked.TrySetResult();
                await firstPlanned.Task.WaitAsync(ct);
            }
            if (n == 3) return new VisitBatch([], [], cursor);
            var visit = new Visit("csv", $"row{n}", new Customer(AskId.ForCustomer($"c{n}@example.com", null), "C", $"c{n}@example.com", null),
                "visit", DateTimeOffset.UnixEpoch);
            return new VisitBatch([visit], [], (n + 1).ToString(CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public async Task The_next_read_is_under_way_while_the_rows_before_it_are_planned_and_each_read_is_asked_once_in_order()
    {
        var firstPlanned = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var source = new ThreeReads(firstPlanned);
        var planner = new RecordingPlanner();
        var plannedWhileReading = false;
        async Task<IReadOnlyList<IntakeResult>> PlanAsync(IReadOnlyList<Visit> visits, CancellationToken ct)
        {
            if (visits[0].SourceId == "row0")
            {
                // Without reading ahead the second read starts only after this returns: the wait runs out.
                plannedWhileReading = await Task.WhenAny(source.SecondAsked.Task, Task.Delay(TimeSpan.FromSeconds(30), ct)) == source.SecondAsked.Task;
                firstPlanned.TrySetResult();
            }
            return await planner.PlanAsync(visits, ct);
        }

        var summary = await ImportRun.RunAsync(source, PlanAsync, new StringWriter(), new StringWriter(), Ct);

        plannedWhileReading.Should().BeTrue("the second read was asked for before the first read's rows were planned");
        planner.Planned.Should().Equal("row0", "row1", "row2");
        source.Cursors.Should().Equal(null, "1", "2", "3");
        summary.Planned.Should().Be(3);
    }

    [Fact]
    public async Task A_planner_that_fails_fails_the_import_and_the_read_under_way_is_stopped_not_waited_out()
    {
        // The second read would wait for ever: the failed import stops it rather than hang on it.
        var source = new ThreeReads(new TaskCompletionSource());
        Task<IReadOnlyList<IntakeResult>> Fail(IReadOnlyList<Visit> visits, CancellationToken ct) =>
            throw new InvalidOperationException("database is locked");

        // Waiting the read out would hang: the bound turns that into a TimeoutException, not the planner's error.
        var run = () => ImportRun.RunAsync(source, Fail, new StringWriter(), new StringWriter(), Ct).WaitAsync(TimeSpan.FromSeconds(30), Ct);

        await run.Should().ThrowAsync<InvalidOperationException>().WithMessage("database is locked");
        source.Cursors.Should().NotContain("2", "nothing is read past the read that was under way");
    }

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
