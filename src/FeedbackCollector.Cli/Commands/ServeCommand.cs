using System.CommandLine;
using FeedbackCollector.Cli.Composition;
using FeedbackCollector.Cli.Hosting;

namespace FeedbackCollector.Cli.Commands;

/// <summary>`serve`: the whole local runtime in one process until SIGTERM / Ctrl-C.</summary>
internal static class ServeCommand
{
    public static Command Create(Option<string?> configOption)
    {
        var command = new Command("serve", "run the web pages, webhook, reply listener, scheduler and CSV watcher");
        command.SetAction(async (parse, ct) =>
        {
            var config = ProcessEnvironment.LoadConfig(parse.GetValue(configOption));
            foreach (var p in config.Problems) ProcessEnvironment.Log($"{config.File}: {p}");
            foreach (var r in config.Renamed) ProcessEnvironment.Log("warning: " + r);
            var made = config.GenerateMissingSecrets();
            var settings = ServeSettings.From(config);
            // The adjustable clock exists only for end-to-end tests; production uses the system clock.
            var testClock = settings.TestControl
                ? new AdjustableClock(config.Get(App.Settings.SettingNames.TestClockStart) is { } start
                    ? DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture) : DateTimeOffset.UtcNow)
                : null;
            var collector = await Collector.BuildAsync(settings, testClock ?? TimeProvider.System, ProcessEnvironment.Log, ct);
            await Runtime.RunAsync(collector, testClock, urls =>
            {
                Console.WriteLine($"serving on {urls}; replies on smtp://{settings.Listener.Host}:{settings.Listener.Port} for @{settings.ReplyDomain}");
                Console.WriteLine(OwnerPageBanner.Line(settings.PublicBaseUrl, settings.OwnerKey,
                    made.Contains(App.Settings.SettingNames.OwnerKey), config.SourceOf(App.Settings.SettingNames.OwnerKey)));
            }, ct);
            return 0;
        });
        return command;
    }
}
