using System.CommandLine;
using System.Globalization;
using FeedbackCollector.Core.Classify;
using FeedbackCollector.Mail.Inbound;

namespace FeedbackCollector.Cli.Commands;

/// <summary>Small helpers for owners and operators: what would the classifier say, what would a reply's text be.</summary>
internal static class ToolCommands
{
    public static Command Classify()
    {
        var text = new Argument<string>("text") { Description = "the customer's words" };
        var command = new Command("classify", "show the built-in classifier's mood and confidence for a text") { text };
        command.SetAction(parse =>
        {
            var reading = LexiconMoodClassifier.Classify(parse.GetValue(text));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{reading.Mood} {reading.Confidence:0.00}"));
            return 0;
        });
        return command;
    }

    public static Command ReplyText() => ReplyTextCommand.Create();
}
