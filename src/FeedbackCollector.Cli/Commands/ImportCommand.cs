using System.CommandLine;
using System.Runtime;
using FeedbackCollector.App.Import;
using FeedbackCollector.Cli.Composition;
using FeedbackCollector.Local.Intake;
using Spectre.Console;

namespace FeedbackCollector.Cli.Commands;

/// <summary>
/// `import file.csv`: takes every row of a customers CSV once (asks are idempotent by visit, so re-importing adds
/// nothing): ImportRun reads the file along its cursor to the end, 5,000 rows a read, and commits every
/// ImportRun.RowsPerTransaction rows (BatchImporter's per-read transactions join that one); only the rows not planned
/// are printed, then one summary line; on a terminal a progress bar (ImportProgressBar) shows how far it is. A killed
/// import loses only its open transaction: run again, it plans those rows.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(Option<string?> configOption)
    {
        var file = new Argument<FileInfo>("file") { Description = "a customers CSV (first_name,email,phone,visit_type,visit_end,source_id)" };
        var command = new Command("import", "plan asks for every row of a customers CSV; malformed rows are reported with their line") { file };
        command.SetAction(async (parse, ct) =>
        {
            // A batch job: no background GC competing with the read parsed ahead for the other core.
            GCSettings.LatencyMode = GCLatencyMode.Batch;
            var config = ProcessEnvironment.LoadConfig(parse.GetValue(configOption));
            config.GenerateMissingSecrets();
            // One summary at the end instead of a log line per row.
            var collector = await Collector.BuildAsync(ServeSettings.From(config), TimeProvider.System, log: null, ct);
            var rules = (await collector.App.Docs.LoadAsync(ct)).Rules;
            var path = parse.GetValue(file)!.FullName;
            var source = new CsvCustomerSource(path, rules.TimeZone);
            Func<Func<CancellationToken, Task>, CancellationToken, Task> inTransaction =
                (work, token) => collector.Storage.Factory.InTransactionAsync(async c => { await work(c); return true; }, token);
            var importer = new BatchImporter(collector.App, inTransaction, batchSize: CsvCustomerSource.MaxRowsPerBatch);
            Task<ImportSummary> Import(IProgress<ImportProgress> progress, TextWriter output, TextWriter errors) =>
                ImportRun.RunAsync(source, importer.PlanAsync, output, errors, ct, inTransaction, progress);
            // The bar only where someone watches: a log or a pipe gets a line per read.
            var summary = Console.IsErrorRedirected
                ? await Import(new ImportProgressBar.Lines(Console.Error), Console.Out, Console.Error)
                : await ImportProgressBar.RunAsync(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }),
                    File.Exists(path) ? new FileInfo(path).Length : 0, Console.IsOutputRedirected ? Console.Out : null, Import);
            await collector.Storage.Factory.CheckpointAsync(ct);
            return summary.ExitCode;
        });
        return command;
    }
}
