using System.Text.RegularExpressions;

namespace FeedbackCollector.Mail.Inbound.Markers;

/// <summary>
/// A pattern matched against one line of a reply, never slowly. It is a template with one "{0}" slot
/// filled with an alternation of table entries, compiled NonBacktracking (linear in the line's length).
/// When the whole alternation exceeds that engine's automaton limit, the entries are split in halves
/// until each part fits, so the pattern stays linear; a single entry that cannot fit alone falls back to
/// the backtracking engine with a short timeout, and a line that times out is read as not matching.
/// </summary>
internal sealed class LinePattern
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(100);

    /// <summary>Patterns longer than this have always exceeded the NonBacktracking limit with IgnoreCase.</summary>
    private const int MaxTriedLength = 4000;

    private readonly List<Regex> _parts = [];

    public LinePattern(string template, IReadOnlyList<string> alternatives) => Build(template, alternatives);

    public LinePattern(string pattern) : this("{0}", [pattern])
    {
    }

    public bool IsMatch(string line)
    {
        foreach (var part in _parts)
        {
            try
            {
                if (part.IsMatch(line)) return true;
            }
            catch (RegexMatchTimeoutException)
            {
                // Only the backtracking fallback has a timeout; a line that slow is not a marker.
            }
        }
        return false;
    }

    private void Split(string template, IReadOnlyList<string> alternatives)
    {
        var half = alternatives.Count / 2;
        Build(template, [.. alternatives.Take(half)]);
        Build(template, [.. alternatives.Skip(half)]);
    }

    private void Build(string template, IReadOnlyList<string> alternatives)
    {
        var pattern = template.Replace("{0}", string.Join('|', alternatives), StringComparison.Ordinal);
        if (pattern.Length > MaxTriedLength && alternatives.Count > 1)
        {
            // Far over the automaton limit for sure: split without paying for a failed construction (start-up time).
            Split(template, alternatives);
            return;
        }
        try
        {
            _parts.Add(new Regex(pattern, Options | RegexOptions.NonBacktracking));
        }
        catch (NotSupportedException) when (alternatives.Count > 1)
        {
            Split(template, alternatives);
        }
        catch (NotSupportedException)
        {
            _parts.Add(new Regex(pattern, Options, Timeout));
        }
    }
}
