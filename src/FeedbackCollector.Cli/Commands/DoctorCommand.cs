using System.CommandLine;
using FeedbackCollector.Cli.Config;

namespace FeedbackCollector.Cli.Commands;

/// <summary>`doctor`: the effective settings, where each came from, and what is missing (exit 1 when not ready).</summary>
internal static class DoctorCommand
{
    public static Command Create(Option<string?> configOption)
    {
        var command = new Command("doctor", "print the effective settings, where each came from, and what is missing");
        command.SetAction(parse =>
        {
            var (report, healthy) = Doctor.Examine(ProcessEnvironment.LoadConfig(parse.GetValue(configOption)));
            Console.Write(report);
            return healthy ? 0 : 1;
        });
        return command;
    }
}
