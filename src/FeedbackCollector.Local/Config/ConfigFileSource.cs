using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Rules;

namespace FeedbackCollector.Local.Config;

/// <summary>
/// The local config file (collector.conf): the local twin of Parameter Store. One `key = value` per line,
/// # comments and blank lines ignored; the value is everything after the first '=' (trimmed), so values may
/// hold '=' themselves. Keys ignore case. Every setting's origin is "FILE:LINE" for `doctor`. A line
/// without '=' is a problem with its line number; the later of two lines with one key wins.
/// </summary>
public sealed class ConfigFileSource(string path) : IConfigSource
{
    private const int MaxLines = 1000;

    public string Path { get; } = path ?? throw new ArgumentNullException(nameof(path));

    public async Task<IReadOnlyDictionary<string, ConfigValue>> LoadAsync(CancellationToken ct = default) =>
        Parse(await File.ReadAllTextAsync(Path, ct).ConfigureAwait(false), Path).Values;

    /// <summary>
    /// The settings and the problems of one file's text, in line order: an error for a line that is not a
    /// setting, and, when <paramref name="isKnown"/> is given, a warning for a key it does not know (left out).
    /// </summary>
    public static (Dictionary<string, ConfigValue> Values, List<DocProblem> Problems) Parse(string text, string origin,
        Func<string, bool>? isKnown = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var values = new Dictionary<string, ConfigValue>(StringComparer.OrdinalIgnoreCase);
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
            if (isKnown is not null && !isKnown(key))
                problems.Add(new DocProblem(i + 1, ProblemSeverity.Warning, $"\"{key}\" is not a setting I know; it is ignored"));
            else
                values[key] = new ConfigValue(key, line[(eq + 1)..].Trim(), $"{origin}:{i + 1}");
        }
        if (lines.Length > MaxLines)
            problems.Add(new DocProblem(MaxLines, ProblemSeverity.Error, $"the file is longer than {MaxLines} lines"));
        return (values, problems);
    }
}
