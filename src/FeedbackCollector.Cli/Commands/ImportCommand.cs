using System.CommandLine;
using FeedbackCollector.App.Import;
using FeedbackCollector.Cli.Composition;
using FeedbackCollector.Local.Intake;

namespace FeedbackCollector.Cli.Commands;

/// <summary>
/// `import file.csv`: takes every row of a customers CSV once (asks are idempotent by visit, so re-importing adds
/// nothing): ImportRun reads the file along its cursor to the end, 5,000 rows a read, and commits every
/// ImportRun.RowsPerTransaction rows (BatchImporter's per-read transactions join that one); only the rows not planned
/// are printed, then one summary line. A killed import loses only its open transaction: run again, it plans those rows.
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
            var collector = await Collector.BuildAsync(ServeSettings.From(config), TimeProvider.System, log: null, ct);
            var rules = (await collector.App.Docs.LoadAsync(ct)).Rules;
            var source = new CsvCustomerSource(parse.GetValue(file)!.FullName, rules.TimeZone);
            var importer = new BatchImporter(collector.App,
                (work, token) => collector.Storage.Factory.InTransactionAsync(async c => { await work(c); return true; }, token),
                batchSize: CsvCustomerSource.MaxRowsPerBatch);
            var summary = await ImportRun.RunAsync(source, importer.PlanAsync, Console.Out, Console.Error, ct,
                (work, token) => collector.Storage.Factory.InTransactionAsync(async c => { await work(c); return true; }, token));
            await collector.Storage.Factory.CheckpointAsync(ct);
            return summary.ExitCode;
        });
        return command;
    }
}
