using System.Diagnostics;
using System.Text.Json;

namespace FeedbackCollector.Cli.Tests.Commands;

/// <summary>The evaluation's contract: the built `feedback-collector classify` run as a process.</summary>
public sealed class ClassifyCommandTests
{
    private static readonly string CliDll = Path.Combine(AppContext.BaseDirectory, "feedback-collector.dll");

    private static async Task<(int Code, string Output, string Errors)> RunAsync(string stdin, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        info.ArgumentList.Add(CliDll);
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output, await errors);
    }

    [Fact]
    public async Task Jsonl_mode_answers_every_line_in_order_from_one_process()
    {
        var texts = Enumerable.Range(0, 300).Select(i => (i % 3) switch
        {
            0 => "Loved it, the staff were wonderful!",
            1 => "Terrible service, the stylist was rude.",
            _ => "I came in on Tuesday at three.",
        }).ToList();
        var stdin = string.Concat(texts.Select(t => JsonSerializer.Serialize(new Dictionary<string, string> { ["text"] = t }) + "\n"));

        var (code, output, _) = await RunAsync(stdin, "classify", "--jsonl");

        code.Should().Be(0);
        var moods = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        moods.Should().HaveCount(300);
        moods.Select(m => m.GetProperty("mood").GetString()).Take(3).Should().Equal("happy", "unhappy", "unclear");
        moods.Should().AllSatisfy(m => m.GetProperty("confidence").GetDouble().Should().BeInRange(0, 1));
        moods.Select(m => m.GetProperty("mood").GetString()).Should().Equal(
            Enumerable.Range(0, 300).Select(i => (i % 3) switch { 0 => "happy", 1 => "unhappy", _ => "unclear" }));
    }

    [Fact]
    public async Task A_malformed_line_is_answered_unclear_in_its_place_and_reported()
    {
        var (code, output, errors) = await RunAsync("{\"text\":\"Great job!\"}\nnot json\n{\"words\":1}\n{\"text\":\"Awful.\"}\n", "classify", "--jsonl");

        code.Should().Be(1);
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            "{\"mood\":\"happy\",\"confidence\":" + output.Split('\n')[0].Split(':')[^1],
            "{\"mood\":\"unclear\",\"confidence\":0}",
            "{\"mood\":\"unclear\",\"confidence\":0}",
            output.Split('\n')[3]);
        output.Split('\n')[3].Should().StartWith("{\"mood\":\"unhappy\"");
        errors.Should().Contain("line 2").And.Contain("line 3");
    }

    [Fact]
    public async Task A_single_text_still_prints_the_mood_and_confidence()
    {
        var (code, output, _) = await RunAsync("", "classify", "The stylist was wonderful, thank you!");

        code.Should().Be(0);
        output.Trim().Should().MatchRegex(@"^Happy 0\.\d\d$");
    }
}
