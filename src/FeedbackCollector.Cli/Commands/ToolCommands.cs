using System.CommandLine;
using FeedbackCollector.Mail.Inbound;

namespace FeedbackCollector.Cli.Commands;

/// <summary>Small helpers for owners and operators: what would the classifier say, what would a reply's text be.</summary>
internal static class ToolCommands
{
    public static Command Classify() => ClassifyCommand.Create();

    public static Command ReplyText() => ReplyTextCommand.Create();
}
