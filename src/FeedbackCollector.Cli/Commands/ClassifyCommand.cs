using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using FeedbackCollector.Core.Classify;
using FeedbackCollector.Core.Model;

namespace FeedbackCollector.Cli.Commands;

/// <summary>
/// `classify TEXT` prints the built-in classifier's reading; `classify --jsonl` reads {"text": …} lines on stdin
/// and writes one {"mood","confidence"} line per input line, in order, so a whole evaluation set costs one process.
/// </summary>
internal static class ClassifyCommand
{
    /// <summary>A line longer than this is not a reply; it is read as unclear rather than held in memory.</summary>
    private const int MaxLineChars = 200_000;

    public static Command Create()
    {
        var text = new Argument<string?>("text") { Description = "the customer's words", Arity = ArgumentArity.ZeroOrOne };
        var jsonl = new Option<bool>("--jsonl") { Description = "read {\"text\": …} lines on stdin, write {\"mood\",\"confidence\"} lines" };
        var command = new Command("classify", "show the built-in classifier's mood and confidence for a text") { text, jsonl };
        command.SetAction(parse =>
        {
            if (parse.GetValue(jsonl)) return RunJsonl(Console.In, Console.Out, Console.Error);
            if (parse.GetValue(text) is not { } words)
            {
                Console.Error.WriteLine("classify: give a TEXT or --jsonl");
                return 2;
            }
            var reading = LexiconMoodClassifier.Classify(words);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{reading.Mood} {reading.Confidence:0.00}"));
            return 0;
        });
        return command;
    }

    /// <summary>One output line per input line, even for a malformed one (unclear, 0, and a note on stderr), so order holds.</summary>
    public static int RunJsonl(TextReader input, TextWriter output, TextWriter errors)
    {
        var lineNumber = 0;
        var bad = 0;
        while (input.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0) continue;
            var reading = TryText(line) is { } words ? LexiconMoodClassifier.Classify(words) : null;
            if (reading is null)
            {
                bad++;
                errors.WriteLine($"classify: line {lineNumber} is not a {{\"text\": …}} object; answered unclear");
            }
            output.WriteLine(Answer(reading ?? new MoodReading(Mood.Unclear, 0)));
        }
        output.Flush();
        return bad == 0 ? 0 : 1;
    }

    private static string? TryText(string line)
    {
        if (line.Length > MaxLineChars) return null;
        try
        {
            using var doc = JsonDocument.Parse(line);
            return doc.RootElement.ValueKind == JsonValueKind.Object
                && doc.RootElement.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String
                ? t.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Answer(MoodReading reading)
    {
        var mood = reading.Mood switch { Mood.Happy => "happy", Mood.Unhappy => "unhappy", _ => "unclear" };
        var sb = new StringBuilder("{\"mood\":\"").Append(mood).Append("\",\"confidence\":");
        sb.Append(Math.Round(reading.Confidence, 3).ToString("0.###", CultureInfo.InvariantCulture)).Append('}');
        return sb.ToString();
    }
}
