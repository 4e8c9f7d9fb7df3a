using System.Text;
using FeedbackCollector.Local.Intake;
using Spectre.Console;

namespace FeedbackCollector.Cli.Commands;

/// <summary>
/// What an import shows while it runs: on a terminal a Spectre.Console bar over the file's bytes (rows so far in its
/// label), with every line the import writes (unreadable rows, rows not planned) drawn above the bar instead of through
/// it; redirected, a line per read.
/// </summary>
internal static class ImportProgressBar
{
    /// <param name="console">The terminal the bar is drawn on.</param>
    /// <param name="fileBytes">The CSV's length: the bar's 100%.</param>
    /// <param name="output">Where the rows not planned go when they are not on the terminal (stdout redirected); null: above the bar.</param>
    /// <param name="work">The import, given the bar, its output and its error writer.</param>
    public static async Task<T> RunAsync<T>(IAnsiConsole console, long fileBytes, TextWriter? output,
        Func<IProgress<ImportProgress>, TextWriter, TextWriter, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(work);
        using var lines = new AboveTheBar(console);
        return await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("import", maxValue: Math.Max(1, fileBytes));
                var result = await work(new Bar(task), output ?? lines, lines);
                task.Value = task.MaxValue;
                return result;
            });
    }

    /// <summary>A line per read, for a log or a pipe: "import: 5000 rows so far".</summary>
    public sealed class Lines(TextWriter errors) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => errors.WriteLine($"import: {value.Rows} rows so far");
    }

    private sealed class Bar(ProgressTask task) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            if (CsvCustomerSource.BytesRead(value.Cursor) is { } bytes) task.Value = Math.Min(bytes, task.MaxValue);
            task.Description = $"import: {value.Rows:N0} rows";
        }
    }

    /// <summary>Lines written through the bar's console, which draws them above the bar (plain text, never markup).</summary>
    private sealed class AboveTheBar(IAnsiConsole console) : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void WriteLine(string? value) => console.WriteLine(value ?? "");

        public override Task WriteLineAsync(string? value)
        {
            WriteLine(value);
            return Task.CompletedTask;
        }

        public override void Write(char value) => console.Write(value.ToString());
    }
}
