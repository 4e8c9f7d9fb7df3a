using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Cli.Commands;

/// <summary>What one `import` did: rows planned, rows not planned (with why) and rows that could not be read.</summary>
internal sealed record ImportSummary(int Planned, int NotPlanned, int Duplicate, int Unreadable)
{
    public int ExitCode => Unreadable == 0 ? 0 : 1;
}

/// <summary>
/// Reads a customer source to its end, batch by batch along its cursor, and plans every visit.
/// A source caps each batch (CsvCustomerSource.MaxRowsPerBatch), so one read is never the whole file.
/// </summary>
internal static class ImportRun
{
    /// <summary>Stops only when a read returns no rows and no problems, or its cursor does not move.</summary>
    public static async Task<ImportSummary> RunAsync(
        ICustomerSource source,
        Func<IReadOnlyList<Visit>, CancellationToken, Task<IReadOnlyList<IntakeResult>>> plan,
        TextWriter output,
        TextWriter errors,
        CancellationToken ct)
    {
        int planned = 0, notPlanned = 0, duplicate = 0, unreadable = 0;
        string? cursor = null;
        while (true)
        {
            var batch = await source.ReadSinceAsync(cursor, ct);
            foreach (var problem in batch.Problems) await errors.WriteLineAsync(problem.ToString());
            unreadable += batch.Problems.Count(p => p.Severity == Core.Rules.ProblemSeverity.Error);
            var results = batch.Visits.Count == 0 ? [] : await plan(batch.Visits, ct);
            for (var i = 0; i < results.Count; i++)
            {
                var (visit, result) = (batch.Visits[i], results[i]);
                switch (result.Status)
                {
                    case IntakeStatus.Planned: planned++; break;
                    case IntakeStatus.Duplicate: duplicate++; break;
                    default:
                        // Only what needs the owner's eye gets a line: a row per planned visit drowned the rest.
                        notPlanned++;
                        await output.WriteLineAsync($"{visit.SourceId}: {result.Status}{(result.Reason is null ? "" : " (" + result.Reason + ")")}");
                        break;
                }
            }
            await errors.WriteLineAsync($"import: {planned + duplicate + notPlanned} rows so far");
            var moved = batch.NextCursor != cursor;
            cursor = batch.NextCursor;
            if ((batch.Visits.Count == 0 && batch.Problems.Count == 0) || !moved) break;
        }
        var summary = new ImportSummary(planned, notPlanned, duplicate, unreadable);
        await errors.WriteLineAsync($"import: {planned} planned, {duplicate} already planned, {notPlanned} not planned, {unreadable} unreadable");
        return summary;
    }
}
