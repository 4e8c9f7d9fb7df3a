using System.Text.RegularExpressions;

namespace FeedbackCollector.Mail.Inbound.Markers;

/// <summary>
/// A pattern matched against one line of a reply, never slowly: NonBacktracking (linear) when the engine
/// accepts the pattern, else, for the large alternations of the language table that exceed its automaton
/// limit, the backtracking engine with a short match timeout. Those alternations are literals without
/// nested quantifiers, so the timeout is a backstop; if it ever fires, the line is read as not matching.
/// </summary>
internal sealed class LinePattern
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(100);

    private readonly Regex regex;

    public LinePattern(string pattern)
    {
        const RegexOptions options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
        try
        {
            regex = new Regex(pattern, options | RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException)
        {
            regex = new Regex(pattern, options, Timeout);
        }
    }

    public bool IsMatch(string line)
    {
        try
        {
            return regex.IsMatch(line);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
