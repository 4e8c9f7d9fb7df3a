using System.CommandLine;
using FeedbackCollector.Cli.Commands;

// The local executable `feedback-collector`: serve, demo, doctor and small helpers. Each command reads
// the config once and hands it to the composition root (Composition/Collector.cs).
var config = new Option<string?>("--config") { Description = "path of collector.conf (default: ./collector.conf when present)", Recursive = true };
var root = new RootCommand("FeedbackCollector: hear from every customer after a visit.") { config };
root.Subcommands.Add(ServeCommand.Create(config));
root.Subcommands.Add(DemoCommand.Create(config));
root.Subcommands.Add(DoctorCommand.Create(config));
root.Subcommands.Add(ImportCommand.Create(config));
root.Subcommands.Add(PrivacyCommands.Erase(config));
root.Subcommands.Add(PrivacyCommands.Export(config));
root.Subcommands.Add(ToolCommands.Classify());
root.Subcommands.Add(ToolCommands.ReplyText());
return await root.Parse(args).InvokeAsync();
