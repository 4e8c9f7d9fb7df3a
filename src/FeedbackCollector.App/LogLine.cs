using System.Text;

namespace FeedbackCollector.App;

/// <summary>
/// Keeps a log line one line: ids and names in it come from customers and webhooks, and a CR or LF in
/// them would start a forged line of its own. Control characters are written as \r, \n, \t or \uXXXX.
/// </summary>
public static class LogLine
{
    public static string OneLine(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (!line.Any(char.IsControl)) return line;
        var text = new StringBuilder(line.Length + 8);
        foreach (var c in line)
        {
            text.Append(c switch
            {
                '\r' => "\\r",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }
        return text.ToString();
    }
}
