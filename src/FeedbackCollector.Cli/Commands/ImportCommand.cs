using System.CommandLine;
using FeedbackCollector.App.Import;
using FeedbackCollector.Cli.Composition;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Rules;
using FeedbackCollector.Local.Intake;
using Spectre.Console;

namespace FeedbackCollector.Cli.Commands;

/// <summary>
/// `import file.csv`: takes every row of a customers CSV once (asks are idempotent by visit, so re-importing adds
/// nothing), in batches of one transaction each (<see cref="BatchImporter"/>), with a progress bar and a summary.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(Option<string?> configOption)
    {
        var file = new Argument<FileInfo>("file") { Description = "a customers CSV (first_name,email,phone,visit_type,visit_end,source_id)" };
        var command = new Command("import", "plan asks for every row of a customers CSV; malformed rows are reported with their line") { file };
        command.SetAction(async (parse, ct) =>
        {
            var config = ProcessEnvironment.LoadConfig(parse.GetValue(configOption));
            config.GenerateMissingSecrets();
            // One summary at the end instead of a log line per row.
            var collector = await Collector.BuildAsync(ServeSettings.From(config), TimeProvider.System, _ => { }, ct);
            var rules = (await collector.App.Docs.LoadAsync(ct)).Rules;
            var (visits, problems) = await ReadAllAsync(new CsvCustomerSource(parse.GetValue(file)!.FullName, rules.TimeZone), ct);
            foreach (var problem in problems) Console.Error.WriteLine(problem);
            var importer = new BatchImporter(collector.App,
                (work, token) => collector.Storage.Factory.InTransactionAsync(async c => { await work(c); return true; }, token));
            var report = await RunWithProgressAsync(importer, visits, ct);
            foreach (var reason in report.NotPlannedReasons) Console.WriteLine(reason);
            Console.WriteLine($"{visits.Count} rows: {report.Planned} planned, {report.AlreadyPlanned} already planned, {report.NotPlanned} not planned");
            return problems.Count == 0 ? 0 : 1;
        });
        return command;
    }

    /// <summary>Every row of the file: the source hands out at most <see cref="CsvCustomerSource.MaxRowsPerBatch"/> a read.</summary>
    private static async Task<(List<Visit> Visits, List<DocProblem> Problems)> ReadAllAsync(CsvCustomerSource source, CancellationToken ct)
    {
        var visits = new List<Visit>();
        var problems = new List<DocProblem>();
        string? cursor = null;
        while (true)
        {
            var batch = await source.ReadSinceAsync(cursor, ct);
            visits.AddRange(batch.Visits);
            problems.AddRange(batch.Problems);
            if (batch.NextCursor == cursor || batch.Visits.Count + batch.Problems.Count == 0) break;
            cursor = batch.NextCursor;
        }
        return (visits, problems);
    }

    private static async Task<ImportReport> RunWithProgressAsync(BatchImporter importer, List<Visit> visits, CancellationToken ct)
    {
        if (Console.IsOutputRedirected) return await importer.RunAsync(visits, null, ct);
        return await AnsiConsole.Progress().AutoClear(false).StartAsync(async context =>
        {
            var task = context.AddTask("importing", maxValue: Math.Max(1, visits.Count));
            var report = await importer.RunAsync(visits, new Bar(task), ct);
            task.Value = task.MaxValue;
            return report;
        });
    }

    private sealed class Bar(ProgressTask task) : IProgress<int>
    {
        public void Report(int value) => task.Value = value;
    }
}
