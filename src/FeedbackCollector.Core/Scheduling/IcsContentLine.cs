namespace FeedbackCollector.Core.Scheduling;

/// <summary>One unfolded iCalendar content line (RFC 5545 §3.1): NAME;PARAM=VALUE:value.</summary>
/// <param name="Line">1-based number of the physical line where this content line starts.</param>
internal sealed record IcsContentLine(int Line, string Name, IReadOnlyDictionary<string, string> Parameters, string Value)
{
    public string? Parameter(string name) => Parameters.TryGetValue(name, out var value) ? value : null;

    /// <summary>Unfolds lines (a line starting with a space or tab continues the previous one) and splits them.</summary>
    public bool IsContentLine => Name.Length > 0;

    public static IEnumerable<IcsContentLine> Read(string text)
    {
        var lines = text.Split('\n');
        string? pending = null;
        var pendingLine = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length > 0 && (line[0] == ' ' || line[0] == '\t') && pending is not null)
            {
                pending += line[1..];
                continue;
            }
            if (pending is not null) yield return Parse(pendingLine, pending);
            pending = line.Length == 0 ? null : line;
            pendingLine = i + 1;
        }
        if (pending is not null) yield return Parse(pendingLine, pending);
    }

    /// <summary>A line without a name before a ':' outside quotes comes back with an empty name.</summary>
    private static IcsContentLine Parse(int lineNumber, string text)
    {
        var colon = IndexOutsideQuotes(text, ':', 0);
        if (colon <= 0) return new IcsContentLine(lineNumber, "", new Dictionary<string, string>(), text);
        var head = SplitOutsideQuotes(text[..colon], ';');
        var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in head.Skip(1))
        {
            var equals = parameter.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0) parameters[parameter[..equals].Trim()] = parameter[(equals + 1)..].Trim('"');
        }
        return new IcsContentLine(lineNumber, head[0].Trim().ToUpperInvariant(), parameters, text[(colon + 1)..].Trim());
    }

    private static List<string> SplitOutsideQuotes(string text, char separator)
    {
        var parts = new List<string>();
        var start = 0;
        for (var at = IndexOutsideQuotes(text, separator, 0); at >= 0; at = IndexOutsideQuotes(text, separator, start))
        {
            parts.Add(text[start..at]);
            start = at + 1;
        }
        parts.Add(text[start..]);
        return parts;
    }

    private static int IndexOutsideQuotes(string text, char wanted, int from)
    {
        var quoted = false;
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] == '"') quoted = !quoted;
            else if (text[i] == wanted && !quoted) return i;
        }
        return -1;
    }
}
