using System.Diagnostics;
using System.Text.Json;

namespace FeedbackCollector.EndToEnd;

/// <summary>The README's first command, in its --json form, on the built executable.</summary>
public sealed class DemoTests
{
    [Fact]
    public async Task The_demo_runs_the_whole_flow_and_its_last_line_counts_every_kind_of_event()
    {
        var dataDir = Path.Combine(Path.GetTempPath(), "fc-demo-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in new[] { ServeProcess.CliDll, "demo", "--json", "--data-dir", dataDir }) info.ArgumentList.Add(a);
            using var demo = Process.Start(info)!;
            var stdout = demo.StandardOutput.ReadToEndAsync();
            var stderr = demo.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(150));
            await demo.WaitForExitAsync(timeout.Token);
            var output = await stdout;
            demo.ExitCode.Should().Be(0, await stderr);
            var last = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
            using var json = JsonDocument.Parse(last);
            string[] mustHappen = ["asks_sent", "taps", "written_replies", "happy", "unhappy", "unclear",
                "review_nudges", "owner_pings", "follow_ups", "auto_replies_ignored"];
            foreach (var name in mustHappen)
                json.RootElement.GetProperty(name).GetInt32().Should().BePositive($"the demo's flow must produce {name}\n{output}");
            json.RootElement.GetProperty("asks_sent").GetInt32().Should().Be(12, "a dozen visits, each asked once");
            output.Should().Contain("nothing recorded", "the timeline shows the GET/POST split");
        }
        finally
        {
            if (Directory.Exists(dataDir)) Directory.Delete(dataDir, recursive: true);
        }
    }
}
