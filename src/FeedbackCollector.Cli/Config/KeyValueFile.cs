using FeedbackCollector.Core.Rules;

namespace FeedbackCollector.Cli.Config;

/// <summary>
/// The local config file: one `key = value` per line, # comments, blank lines ignored.
/// Unknown keys are warnings; a line without '=' is an error with its line number.
/// </summary>
internal static class KeyValueFile
{
    private const int MaxLines = 1000;

    public static (Dictionary<string, (string Value, int Line)> Values, List<DocProblem> Problems) Parse(string text)
    {
        var values = new Dictionary<string, (string, int)>(StringComparer.OrdinalIgnoreCase);
        var problems = new List<DocProblem>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length && i < MaxLines; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var eq = line.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                problems.Add(new DocProblem(i + 1, ProblemSeverity.Error, $"\"{line}\" is not a setting; write it as key = value"));
                continue;
            }
            var key = line[..eq].Trim();
            if (ConfigKeys.Find(key) is null)
                problems.Add(new DocProblem(i + 1, ProblemSeverity.Warning, $"\"{key}\" is not a setting I know; it is ignored"));
            else
                values[key] = (line[(eq + 1)..].Trim(), i + 1);
        }
        if (lines.Length > MaxLines)
            problems.Add(new DocProblem(MaxLines, ProblemSeverity.Error, $"the file is longer than {MaxLines} lines"));
        return (values, problems);
    }
}
