using System.Text;
using FeedbackCollector.Core.Rules;

namespace FeedbackCollector.Core.Voice;

/// <summary>Checks the {placeholders} on one line of voice.txt and writes them in their canonical form ({First Name} → {first_name}).</summary>
internal static class Placeholders
{
    public static string List => string.Join(", ", VoiceDoc.KnownPlaceholders.Order(StringComparer.Ordinal).Select(p => "{" + p + "}"));

    /// <summary>The line with canonical placeholders; problems go to <paramref name="problems"/> with <paramref name="lineNumber"/>.</summary>
    public static string Check(string line, int lineNumber, ProblemList problems)
    {
        var sb = new StringBuilder(line.Length);
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (c == '}')
            {
                problems.Error(lineNumber, $"there is a \"}}\" with no \"{{\" before it; placeholders look like {{first_name}}, and a lone brace can't be used in the text.");
                return line;
            }
            if (c != '{') { sb.Append(c); i++; continue; }
            var close = line.IndexOf('}', i + 1);
            var nextOpen = line.IndexOf('{', i + 1);
            if (close < 0 || (nextOpen >= 0 && nextOpen < close))
            {
                var start = line[i..Math.Min(line.Length, i + 20)];
                problems.Error(lineNumber, $"\"{start}\" opens a {{ that is never closed; write placeholders like {{first_name}}, with a closing }}.");
                return line;
            }
            if (!Canonical(line[(i + 1)..close], lineNumber, problems, out var name)) return line;
            sb.Append('{').Append(name).Append('}');
            i = close + 1;
        }
        return sb.ToString();
    }

    private static bool Canonical(string raw, int lineNumber, ProblemList problems, out string name)
    {
        name = string.Join('_', raw.Trim().ToLowerInvariant().Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries));
        if (VoiceDoc.KnownPlaceholders.Contains(name)) return true;
        if (name.Length == 0)
        {
            problems.Error(lineNumber, $"\"{{}}\" is an empty placeholder; put a name inside, one of {List}.");
            return false;
        }
        var guess = problems.Suggest(name, VoiceDoc.KnownPlaceholders, 4);
        var hint = guess is null ? "" : $"did you mean {{{guess}}}? ";
        problems.Error(lineNumber, $"{{{raw}}} is not a placeholder I know; {hint}The placeholders are {List}.");
        return false;
    }
}
