using System.Diagnostics;
using System.Text.Json;
using FeedbackCollector.Testing;

namespace FeedbackCollector.EndToEnd;

/// <summary>The README's first command in its --json form: on the built executable, and as the script itself.</summary>
public sealed class DemoTests
{
    private static readonly string[] MustHappen =
        ["asks_sent", "taps", "written_replies", "happy", "unhappy", "unclear", "review_nudges", "owner_pings", "follow_ups", "auto_replies_ignored",
         "digests_sent", "owner_decisions", "complaints_resolved", "withdrawn", "sms_sent"];

    [Fact]
    public async Task The_demo_runs_the_whole_flow_and_its_last_line_counts_every_kind_of_event()
    {
        var dataDir = Path.Combine(Path.GetTempPath(), "fc-demo-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            var (code, output, errors) = await RunAsync("dotnet", [ServeProcess.CliDll, "demo", "--json", "--data-dir", dataDir], TimeSpan.FromSeconds(150));
            code.Should().Be(0, errors);
            AssertCounts(output);
            output.Should().Contain("nothing recorded", "the timeline shows the GET/POST split");
        }
        finally
        {
            if (Directory.Exists(dataDir)) Directory.Delete(dataDir, recursive: true);
        }
    }

    /// <summary>The script as a newcomer runs it: setup, a Release build of the CLI, then the demo (the slowest test here).</summary>
    [Fact]
    public async Task Scripts_demo_json_exits_0_with_the_counts_as_its_last_line()
    {
        var (code, output, errors) = await RunAsync(RepoPaths.Of("scripts", "demo"), ["--json"], TimeSpan.FromMinutes(8));
        code.Should().Be(0, errors);
        AssertCounts(output);
    }

    private static void AssertCounts(string output)
    {
        var last = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
        using var json = JsonDocument.Parse(last);
        foreach (var name in MustHappen)
            json.RootElement.GetProperty(name).GetInt32().Should().BePositive($"the demo's flow must produce {name}\n{output}");
        json.RootElement.GetProperty("asks_sent").GetInt32().Should().Be(13, "a dozen visits asked by email and one phone-only visit by SMS, each asked once");
        json.RootElement.GetProperty("sms_sent").GetInt32().Should().Be(2, "the phone-only customer's ask and, after their five stars, the review nudge");
    }

    private static async Task<(int Code, string Output, string Errors)> RunAsync(string file, string[] args, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) info.ArgumentList.Add(a);
        info.WorkingDirectory = RepoPaths.Root;
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return (process.ExitCode, await stdout, await stderr);
    }
}
