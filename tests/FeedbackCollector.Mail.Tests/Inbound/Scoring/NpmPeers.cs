using System.Diagnostics;
using System.Text.Json;
using FeedbackCollector.Testing;

namespace FeedbackCollector.Mail.Tests.Inbound.Scoring;

/// <summary>What the npm reply parsers (email-reply-parser, planer) keep of each body, from tools/peers.cjs in one node process.</summary>
public static class NpmPeers
{
    public sealed record Outputs(string EmailReplyParser, string Planer);

    public static string ToolsFolder => RepoPaths.Of("tests", "FeedbackCollector.Mail.Tests", "tools");

    public static async Task<IReadOnlyList<Outputs>> RunAsync(IReadOnlyList<ReplyCase> cases, CancellationToken ct)
    {
        if (!Directory.Exists(Path.Combine(ToolsFolder, "node_modules", "planer")))
            Assert.Skip("npm peers are not installed (scripts/setup runs npm ci in tests/FeedbackCollector.Mail.Tests/tools)");
        var info = new ProcessStartInfo("node", [Path.Combine(ToolsFolder, "peers.cjs")])
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = ToolsFolder,
        };
        using var node = Process.Start(info)!;
        var reading = node.StandardOutput.ReadToEndAsync(ct);
        foreach (var c in cases) await node.StandardInput.WriteLineAsync(JsonSerializer.Serialize(new Dictionary<string, string> { ["body"] = c.Body }));
        node.StandardInput.Close();
        var lines = (await reading).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        await node.WaitForExitAsync(ct);
        return [.. lines.Select(Parse)];
    }

    private static Outputs Parse(string line)
    {
        using var json = JsonDocument.Parse(line);
        return new Outputs(json.RootElement.GetProperty("erp").GetString() ?? "", json.RootElement.GetProperty("planer").GetString() ?? "");
    }
}
