using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Cli.Commands;

/// <summary>How far an import is: rows planned so far and the source's cursor past them.</summary>
internal sealed record ImportProgress(int Rows, string? Cursor);

/// <summary>What one `import` did: rows planned, rows not planned (with why) and rows that could not be read.</summary>
internal sealed record ImportSummary(int Planned, int NotPlanned, int Duplicate, int Unreadable)
{
    public int ExitCode => Unreadable == 0 ? 0 : 1;
}

/// <summary>
/// Reads a customer source to its end, batch by batch along its cursor, and plans every visit.
/// A source caps each batch (CsvCustomerSource.MaxRowsPerBatch), so one read is never the whole file. Given a
/// transaction, several reads are planned and committed together (up to <see cref="RowsPerTransaction"/> rows): each commit
/// writes again every index page it touched, and with random keys a batch touches most of them. The next read is parsed
/// on another core while the one before it is planned and written (parsing is a fifth of an import; the source is
/// still asked once at a time, in order).
/// </summary>
internal static class ImportRun
{
    /// <summary>Rows per commit: 100,000 rows in four commits, each holding the database's write lock about half a second.</summary>
    public const int RowsPerTransaction = 25_000;

    /// <summary>Stops only when a read returns no rows and no problems, or its cursor does not move.</summary>
    /// <param name="inTransaction">Runs a group of reads in one transaction; null, each read as the planner writes it.</param>
    /// <param name="progress">Told after each read (a bar on a terminal, a line otherwise).</param>
    public static async Task<ImportSummary> RunAsync(
        ICustomerSource source,
        Func<IReadOnlyList<Visit>, CancellationToken, Task<IReadOnlyList<IntakeResult>>> plan,
        TextWriter output,
        TextWriter errors,
        CancellationToken ct,
        Func<Func<CancellationToken, Task>, CancellationToken, Task>? inTransaction = null,
        IProgress<ImportProgress>? progress = null)
    {
        using var readAhead = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var run = new Run(source, plan, output, errors, progress, readAhead);
        try
        {
            while (!run.Finished)
            {
                if (inTransaction is null) await run.GroupAsync(ct);
                else await inTransaction(run.GroupAsync, ct);
            }
        }
        finally
        {
            await run.StopReadingAheadAsync();
        }
        var summary = new ImportSummary(run.Planned, run.NotPlanned, run.Duplicate, run.Unreadable);
        await errors.WriteLineAsync($"import: {summary.Planned} planned, {summary.Duplicate} already planned, {summary.NotPlanned} not planned, {summary.Unreadable} unreadable");
        return summary;
    }

    /// <summary>One import's cursor and counts, read and planned a group of reads at a time.</summary>
    private sealed class Run(
        ICustomerSource source,
        Func<IReadOnlyList<Visit>, CancellationToken, Task<IReadOnlyList<IntakeResult>>> plan,
        TextWriter output,
        TextWriter errors,
        IProgress<ImportProgress>? progress,
        CancellationTokenSource readAhead)
    {
        private string? _cursor;

        /// <summary>The read after the last one, started when that one was taken (null: not started, or nothing after).</summary>
        private Task<VisitBatch>? _ahead;

        public int Planned { get; private set; }

        public int NotPlanned { get; private set; }

        public int Duplicate { get; private set; }

        public int Unreadable { get; private set; }

        public int Rows => Planned + NotPlanned + Duplicate;

        public bool Finished { get; private set; }

        public async Task GroupAsync(CancellationToken ct)
        {
            for (var rows = 0; rows < RowsPerTransaction && !Finished;) rows += await ReadAsync(ct);
        }

        /// <summary>One read of the source, planned; the rows it read (at least one, so a group always ends).</summary>
        private async Task<int> ReadAsync(CancellationToken ct)
        {
            var batch = await (_ahead ?? source.ReadSinceAsync(_cursor, ct));
            _ahead = null;
            var moved = batch.NextCursor != _cursor;
            Finished = (batch.Visits.Count == 0 && batch.Problems.Count == 0) || !moved;
            if (!Finished)
            {
                var next = batch.NextCursor;
                _ahead = Task.Run(() => source.ReadSinceAsync(next, readAhead.Token), readAhead.Token);
            }
            foreach (var problem in batch.Problems) await errors.WriteLineAsync(problem.ToString());
            Unreadable += batch.Problems.Count(p => p.Severity == Core.Rules.ProblemSeverity.Error);
            var results = batch.Visits.Count == 0 ? [] : await plan(batch.Visits, ct);
            for (var i = 0; i < results.Count; i++) await CountAsync(batch.Visits[i], results[i]);
            _cursor = batch.NextCursor;
            progress?.Report(new ImportProgress(Rows, _cursor));
            return Math.Max(1, batch.Visits.Count + batch.Problems.Count);
        }

        /// <summary>A read left under way when planning failed or was cancelled is cancelled and waited for, its outcome dropped.</summary>
        public async Task StopReadingAheadAsync()
        {
            if (_ahead is not { } ahead) return;
            _ahead = null;
            await readAhead.CancelAsync();
            await Task.WhenAny(ahead);
            _ = ahead.Exception; // observed: the import's own failure is the one reported
        }

        private async Task CountAsync(Visit visit, IntakeResult result)
        {
            switch (result.Status)
            {
                case IntakeStatus.Planned: Planned++; break;
                case IntakeStatus.Duplicate: Duplicate++; break;
                default:
                    // Only what needs the owner's eye gets a line: a row per planned visit drowned the rest.
                    NotPlanned++;
                    await output.WriteLineAsync($"{visit.SourceId}: {result.Status}{(result.Reason is null ? "" : " (" + result.Reason + ")")}");
                    break;
            }
        }
    }
}
