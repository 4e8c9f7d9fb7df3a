using System.CommandLine;
using FeedbackCollector.Cli.Demo;

namespace FeedbackCollector.Cli.Commands;

/// <summary>`demo`: a sample business, a dozen visits and simulated customers on the real paths, with a fast clock.</summary>
internal static class DemoCommand
{
    public static Command Create(Option<string?> configOption)
    {
        var json = new Option<bool>("--json") { Description = "run the flow, print one JSON object of counts as the last line and exit" };
        var dataDir = new Option<string?>("--data-dir") { Description = "demo data folder (default .fc-data/demo; emptied first)" };
        var command = new Command("demo", "run the whole flow on a sample business, then keep serving") { json, dataDir };
        command.SetAction((parse, ct) => DemoRun.RunAsync(parse.GetValue(json), parse.GetValue(dataDir) ?? Path.Combine(".fc-data", "demo"), ct));
        return command;
    }
}
