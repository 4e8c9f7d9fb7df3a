using System.CommandLine;
using System.Text.Json;
using FeedbackCollector.App;
using FeedbackCollector.App.Privacy;
using FeedbackCollector.Cli.Composition;

namespace FeedbackCollector.Cli.Commands;

/// <summary>
/// `erase &lt;email|phone&gt;` and `export &lt;email|phone&gt;`: a customer's request to be forgotten or to see what is held
/// about them, through the same use case request-builder runs on AWS (FlowApp.EraseAsync / ExportAsync).
/// Exit 0 when done, 2 when the argument is neither an email nor a readable phone number.
/// </summary>
internal static class PrivacyCommands
{
    public static Command Erase(Option<string?> configOption)
    {
        var contact = Contact();
        var json = new Option<bool>("--json") { Description = "print the counts as one JSON object" };
        var command = new Command("erase", "erase one customer's rows, raw bodies, MIME and schedules, leaving stubs so the month's figures stay") { contact, json };
        command.SetAction(async (parse, ct) =>
        {
            var collector = await BuildAsync(parse.GetValue(configOption), ct);
            return await EraseAsync(collector.App, parse.GetValue(contact)!, parse.GetValue(json), Console.Out, Console.Error, ct);
        });
        return command;
    }

    public static Command Export(Option<string?> configOption)
    {
        var contact = Contact();
        var command = new Command("export", "print everything held about one customer as JSON") { contact };
        command.SetAction(async (parse, ct) =>
        {
            var collector = await BuildAsync(parse.GetValue(configOption), ct);
            return await ExportAsync(collector.App, parse.GetValue(contact)!, Console.Out, Console.Error, ct);
        });
        return command;
    }

    public static async Task<int> EraseAsync(FlowApp app, string contact, bool json, TextWriter output, TextWriter errors, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);
        try
        {
            var report = await app.EraseAsync(contact, ct);
            await output.WriteLineAsync(json ? JsonSerializer.Serialize(report, PrivacyJson.Default.ErasureReport) : Describe(report));
            return 0;
        }
        catch (PrivacyRequestException e)
        {
            await errors.WriteLineAsync("erase: " + e.Message);
            return 2;
        }
    }

    public static async Task<int> ExportAsync(FlowApp app, string contact, TextWriter output, TextWriter errors, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);
        try
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(await app.ExportAsync(contact, ct), PrivacyJson.Default.CustomerExport));
            return 0;
        }
        catch (PrivacyRequestException e)
        {
            await errors.WriteLineAsync("export: " + e.Message);
            return 2;
        }
    }

    private static string Describe(ErasureReport r) =>
        $"erased {r.Contact}: {r.Asks} asks, {r.Answers} answers, {r.Moves} moves, {r.Schedules} schedules, {r.Blobs} raw bodies or MIME, "
        + $"{r.Traces} other files" + (r.SuppressionKeptAsHash ? "; their unsubscribe is kept as a hash" : "")
        + (r.StubId is null ? "" : $"; figures kept under {r.StubId}");

    private static Argument<string> Contact() => new("contact") { Description = "the customer's email address or phone number" };

    private static Task<Collector> BuildAsync(string? configPath, CancellationToken ct)
    {
        var config = ProcessEnvironment.LoadConfig(configPath);
        config.GenerateMissingSecrets();
        return Collector.BuildAsync(ServeSettings.From(config), TimeProvider.System, _ => { }, ct);
    }
}
