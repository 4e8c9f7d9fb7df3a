using FeedbackCollector.Cli.Commands;
using Spectre.Console;

namespace FeedbackCollector.Cli.Tests.Commands;

public sealed class ImportProgressBarTests
{
    private static IAnsiConsole Terminal(StringWriter screen) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = AnsiSupport.Yes,
        Interactive = InteractionSupport.Yes,
        ColorSystem = ColorSystemSupport.NoColors,
        Out = new AnsiConsoleOutput(screen),
    });

    [Fact]
    public async Task On_a_terminal_the_bar_ends_full_with_the_rows_in_its_label_and_the_imports_lines_drawn_with_it()
    {
        var screen = new StringWriter();

        var result = await ImportProgressBar.RunAsync(Terminal(screen), 10_000, null, async (progress, output, errors) =>
        {
            progress.Report(new ImportProgress(4_321, "5000:4323"));
            await errors.WriteLineAsync("line 7: error: 'bad' is not an email address; row skipped");
            await output.WriteLineAsync("row-9: NotPlanned (ask cap)");
            return 42;
        });

        result.Should().Be(42);
        var shown = screen.ToString();
        shown.Should().Contain("import: 4,321 rows").And.Contain("100%")
            .And.Contain("line 7: error: 'bad' is not an email address; row skipped").And.Contain("row-9: NotPlanned (ask cap)");
    }

    [Fact]
    public async Task With_stdout_redirected_the_rows_not_planned_go_there_and_not_onto_the_terminal()
    {
        var (screen, stdout) = (new StringWriter(), new StringWriter());

        await ImportProgressBar.RunAsync(Terminal(screen), 100, stdout, async (_, output, _) =>
        {
            await output.WriteLineAsync("row-9: NotPlanned (ask cap)");
            return 0;
        });

        stdout.ToString().Should().Be("row-9: NotPlanned (ask cap)" + Environment.NewLine);
        screen.ToString().Should().NotContain("row-9");
    }

    [Fact]
    public void Redirected_progress_is_a_line_per_read()
    {
        var errors = new StringWriter();

        new ImportProgressBar.Lines(errors).Report(new ImportProgress(5_000, "300000:5002"));

        errors.ToString().Should().Be("import: 5000 rows so far" + Environment.NewLine);
    }
}
