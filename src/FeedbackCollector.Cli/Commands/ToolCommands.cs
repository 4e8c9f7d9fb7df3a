using System.CommandLine;
using FeedbackCollector.Mail.Inbound;

namespace FeedbackCollector.Cli.Commands;

/// <summary>Small helpers for owners and operators: what would the classifier say, what would a reply's text be.</summary>
internal static class ToolCommands
{
    public static Command Classify() => ClassifyCommand.Create();

    public static Command ReplyText()
    {
        var file = new Argument<FileInfo>("file") { Description = "a raw reply (.eml)" };
        var command = new Command("reply-text", "show the new text, sender and auto-reply verdict extracted from a reply .eml") { file };
        command.SetAction(parse =>
        {
            using var stream = parse.GetValue(file)!.OpenRead();
            var reply = InboundReply.Parse(stream);
            foreach (var p in reply.Problems) Console.Error.WriteLine("problem: " + p);
            Console.WriteLine($"from: {reply.From}\nsubject: {reply.Subject}\nauto-reply: {reply.AutoReply.Kind} {reply.AutoReply.Reason}\n---\n{reply.NewText}");
            return reply.Ok ? 0 : 1;
        });
        return command;
    }
}
