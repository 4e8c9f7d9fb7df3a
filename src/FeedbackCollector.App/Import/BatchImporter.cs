using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Model;

namespace FeedbackCollector.App.Import;

/// <summary>What an import did: rows planned, rows already planned before (a re-run), rows not planned and why.</summary>
public sealed record ImportReport(int Planned, int AlreadyPlanned, int NotPlanned, IReadOnlyList<string> NotPlannedReasons);

/// <summary>
/// Plans a customers file's visits in batches, each batch one store transaction (where the runtime has one), so
/// 100,000 rows cost a few hundred commits, not two per row. The exactly-once guarantees are the flow's own:
/// an ask's id is derived from its visit and written with ON CONFLICT DO NOTHING, so a batch killed half-way is
/// rolled back whole and a re-run plans each row once. The owner docs are parsed once (cached by version).
/// </summary>
/// <param name="inTransaction">Runs a batch as one transaction (SQLite: BEGIN IMMEDIATE … COMMIT); rolled back when it throws.</param>
public sealed class BatchImporter(FlowApp app, Func<Func<CancellationToken, Task>, CancellationToken, Task> inTransaction, int batchSize = 1000)
{
    private const int MaxReasonsKept = 100;

    /// <summary>Plans the visits in transactions of <c>batchSize</c>, returning each visit's result in order.</summary>
    public async Task<IReadOnlyList<IntakeResult>> PlanAsync(IReadOnlyList<Visit> visits, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(visits);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var all = new List<IntakeResult>(visits.Count);
        for (var start = 0; start < visits.Count; start += batchSize) all.AddRange(await PlanBatchAsync(visits, start, ct));
        return all;
    }

    /// <summary>One transaction: the batch of visits from <paramref name="start"/>, planned and committed together.</summary>
    private async Task<IReadOnlyList<IntakeResult>> PlanBatchAsync(IReadOnlyList<Visit> visits, int start, CancellationToken ct)
    {
        var batch = visits.Skip(start).Take(batchSize).ToList();
        IReadOnlyList<IntakeResult> results = [];
        await inTransaction(async token => results = await app.PlanAsync(batch, token), ct);
        return results;
    }

    /// <param name="progress">Rows done so far, after each committed batch.</param>
    public async Task<ImportReport> RunAsync(IReadOnlyList<Visit> visits, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(visits);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        int planned = 0, duplicate = 0, notPlanned = 0;
        var reasons = new List<string>();
        for (var start = 0; start < visits.Count; start += batchSize)
        {
            var results = await PlanBatchAsync(visits, start, ct);
            foreach (var (visit, result) in visits.Skip(start).Zip(results))
            {
                switch (result.Status)
                {
                    case IntakeStatus.Planned: planned++; break;
                    case IntakeStatus.Duplicate: duplicate++; break;
                    default:
                        notPlanned++;
                        if (reasons.Count < MaxReasonsKept) reasons.Add($"{visit.SourceId}: {result.Status}{(result.Reason is null ? "" : " (" + result.Reason + ")")}");
                        break;
                }
            }
            progress?.Report(start + results.Count);
        }
        return new ImportReport(planned, duplicate, notPlanned, reasons);
    }
}
