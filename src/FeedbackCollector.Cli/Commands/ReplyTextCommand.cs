using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using FeedbackCollector.Mail.Inbound;

namespace FeedbackCollector.Cli.Commands;

/// <summary>
/// `reply-text FILE|-`: what the collector would take as a reply's new text. Reads a raw .eml or a bare
/// body (text or HTML) from a file or stdin, prints the header lines, "---" and the text, or with --json one
/// object. A stable contract: the evaluation and `scripts/bench eval` call it.
/// </summary>
internal static class ReplyTextCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "a raw reply (.eml) or a bare body (text or HTML); - reads stdin" };
        var json = new Option<bool>("--json") { Description = "print {\"text\",\"from\",\"subject\",\"auto_reply\"} as one JSON object" };
        var command = new Command("reply-text", "show the new text, sender and auto-reply verdict extracted from a reply") { file, json };
        command.SetAction(parse =>
        {
            var reply = ReplyInput.Parse(Read(parse.GetValue(file)!));
            foreach (var p in reply.Problems) Console.Error.WriteLine("problem: " + p);
            Console.WriteLine(parse.GetValue(json) ? AsJson(reply) : AsText(reply));
            return reply.Ok ? 0 : 1;
        });
        return command;
    }

    private static byte[] Read(string path)
    {
        if (path != "-") return File.ReadAllBytes(path);
        using var stdin = Console.OpenStandardInput();
        using var buffer = new MemoryStream();
        stdin.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static string AsText(ReplyParseResult reply) =>
        $"from: {reply.From}\nsubject: {reply.Subject}\nauto-reply: {reply.AutoReply.Kind} {reply.AutoReply.Reason}\n---\n{reply.NewText}";

    private static string AsJson(ReplyParseResult reply) => JsonSerializer.Serialize(
        new ReplyTextJson(reply.NewText, reply.From, reply.Subject, reply.AutoReply.IsAutomatic), ReplyTextJsonContext.Default.ReplyTextJson);
}

/// <summary>The --json shape of reply-text; auto_reply is true for any machine-sent mail (auto-reply, bounce, bulk, complaint).</summary>
internal sealed record ReplyTextJson(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("from")] string? From,
    [property: JsonPropertyName("subject")] string? Subject,
    [property: JsonPropertyName("auto_reply")] bool AutoReply);

[JsonSerializable(typeof(ReplyTextJson))]
internal sealed partial class ReplyTextJsonContext : JsonSerializerContext;
