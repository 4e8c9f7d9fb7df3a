using System.Diagnostics;
using System.Text.Json;
using FeedbackCollector.Testing;

namespace FeedbackCollector.Cli.Tests.Commands;

/// <summary>`reply-text` as the evaluation calls it: the built CLI as a process, a file or stdin, text or --json.</summary>
public sealed class ReplyTextCommandTests
{
    private const string Bare = "Great cut, thanks!\n\nOn Mon, Mar 2, 2026 at 9:30 AM Kim <k@salon.example> wrote:\n> How was it?\n";

    private static readonly string CliDll = Path.Combine(AppContext.BaseDirectory, "feedback-collector.dll");

    private static async Task<(int Exit, string Out)> RunAsync(string? stdin, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        info.ArgumentList.Add(CliDll);
        info.ArgumentList.Add("reply-text");
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var ct = TestContext.Current.CancellationToken;
        await process.StandardInput.WriteAsync(stdin ?? "");
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return (process.ExitCode, output);
    }

    [Fact]
    public async Task A_bare_body_on_stdin_prints_the_headers_a_rule_and_the_new_text()
    {
        var (exit, output) = await RunAsync(Bare, "-");

        exit.Should().Be(0);
        output.Should().Be("from: \nsubject: \nauto-reply: None \n---\nGreat cut, thanks!\n");
    }

    [Fact]
    public async Task Json_output_is_one_object_with_text_from_subject_and_auto_reply()
    {
        var (exit, output) = await RunAsync(Bare, "-", "--json");

        exit.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("text").GetString().Should().Be("Great cut, thanks!");
        json.RootElement.GetProperty("from").ValueKind.Should().Be(JsonValueKind.Null);
        json.RootElement.GetProperty("auto_reply").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public async Task A_raw_eml_file_gives_its_sender_subject_and_new_text()
    {
        var (exit, output) = await RunAsync(null, Corpora.PathOf("replies/talon/gmail.eml"), "--json");

        exit.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("text").GetString().Should().Be("Hello");
        json.RootElement.GetProperty("from").GetString().Should().Be("xxx@gmail.com");
        json.RootElement.GetProperty("subject").GetString().Should().Be("Re: Test");
    }

    [Fact]
    public async Task An_out_of_office_message_is_flagged_as_an_auto_reply()
    {
        const string eml = "From: ann@example.com\r\nTo: r-abc@reply.example\r\nSubject: Automatic reply: How was your visit?\r\nAuto-Submitted: auto-replied\r\n\r\nI am out of the office until Monday.\r\n";

        var (_, output) = await RunAsync(eml, "-", "--json");

        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("auto_reply").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task A_bare_html_body_is_converted_before_the_quote_is_cut()
    {
        const string html = "<div dir=\"ltr\">Lovely, thank you</div><div class=\"gmail_quote\">On Mon, Mar 2, 2026 Kim &lt;k@salon.example&gt; wrote:<blockquote>How was it?</blockquote></div>";

        var (_, output) = await RunAsync(html, "-", "--json");

        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("text").GetString().Should().Be("Lovely, thank you");
    }
}
