using System.Collections;
using FeedbackCollector.Cli.Config;

namespace FeedbackCollector.Cli.Commands;

/// <summary>Reads the process environment once, for <see cref="LocalConfig"/>.</summary>
internal static class ProcessEnvironment
{
    public static Dictionary<string, string> Variables() =>
        System.Environment.GetEnvironmentVariables().Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? "", StringComparer.Ordinal);

    public static LocalConfig LoadConfig(string? path) => LocalConfig.Load(path, Variables());

    public static void Log(string line) =>
        Console.Error.WriteLine($"{DateTimeOffset.UtcNow:HH:mm:ss} {App.LogLine.OneLine(line)}");
}
