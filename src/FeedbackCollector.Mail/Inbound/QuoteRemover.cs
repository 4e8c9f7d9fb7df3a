using System.Text.RegularExpressions;
using FeedbackCollector.Mail.Inbound.Markers;

namespace FeedbackCollector.Mail.Inbound;

/// <summary>
/// Removes the quoted thread from a reply, line by line. Three kinds of marker, all from the per-language
/// table (<see cref="ReplyLanguages"/>): a cut marker (a separator such as "-----Original Message-----" or
/// Zoho's "---- On … wrote ----", or an Outlook "From:/Sent:" block) ends the reply; an attribution line
/// ("On … wrote:", possibly wrapped over up to three lines) is dropped together with the "&gt;" block after
/// it, and text after that block is kept (inline and bottom-posted replies) unless the thread follows
/// unquoted, in which case it is cut too; any other "&gt;" line is dropped.
/// </summary>
internal static partial class QuoteRemover
{
    private const int MaxAttributionLines = 3;
    private const int HeaderLookahead = 6;

    /// <summary>No marker is this long; longer lines are text and skip the patterns.</summary>
    internal const int MaxMarkerLength = 1000;

    public static List<string> Remove(IReadOnlyList<string> lines)
    {
        var kept = new List<string>();
        var dropped = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (IsCutMarker(lines, i)) break;
            var attribution = AttributionLength(lines, i);
            if (attribution > 0)
            {
                var next = NextNonBlank(lines, i + attribution);
                if (next < 0 || !IsQuoted(lines[next])) break;
                i += attribution - 1;
                continue;
            }
            if (IsQuoted(lines[i])) dropped = true;
            else if (!(dropped && string.IsNullOrWhiteSpace(lines[i]) && kept.Count > 0 && string.IsNullOrWhiteSpace(kept[^1])))
            {
                // Blank lines on both sides of a dropped quote would leave a gap the customer never wrote.
                kept.Add(lines[i]);
                dropped &= string.IsNullOrWhiteSpace(lines[i]);
            }
        }
        TrimTrailingSeparators(kept);
        return kept;
    }

    private static readonly System.Buffers.SearchValues<char> DigitOrAt = System.Buffers.SearchValues.Create("0123456789@");

    internal static bool IsQuoted(string line) => line.TrimStart().StartsWith('>');

    private static bool IsMarkerCandidate(string line) => line.Length <= MaxMarkerLength && !string.IsNullOrWhiteSpace(line) && !IsQuoted(line);

    private static bool IsCutMarker(IReadOnlyList<string> lines, int i)
    {
        if (!IsMarkerCandidate(lines[i])) return false;
        if (ReplyMarkers.IsSeparator(lines[i])) return true;
        if (!ReplyMarkers.IsHeaderFrom(lines[i])) return false;
        for (var j = i + 1; j < lines.Count && j <= i + HeaderLookahead; j++)
        {
            if (lines[j].Length <= MaxMarkerLength && ReplyMarkers.IsHeaderField(lines[j])) return true;
        }
        return false;
    }

    /// <summary>How many lines (1..3) form an attribution starting at line i; 0 when none does.</summary>
    private static int AttributionLength(IReadOnlyList<string> lines, int i)
    {
        if (!IsMarkerCandidate(lines[i])) return 0;
        // An attribution opens like one ("On …", a date, a short weekday) or names an address; a line of
        // the customer's that merely runs into one ("… as soon as I\nget back. On Dec 8 … wrote:") does not.
        if (!AttributionOpening().IsMatch(lines[i]) && !lines[i].Contains('@', StringComparison.Ordinal)) return 0;
        var joined = "";
        for (var k = 0; k < MaxAttributionLines && i + k < lines.Count; k++)
        {
            if (k > 0 && !IsMarkerCandidate(lines[i + k])) return 0;
            joined = (joined + " " + lines[i + k].Trim()).Trim();
            if (joined.Length > 400) return 0;
            if (IsAttribution(joined)) return k + 1;
        }
        return 0;
    }

    private static bool IsAttribution(string text) =>
        (text.AsSpan().IndexOfAny(DigitOrAt) >= 0 && ReplyMarkers.EndsWithWrote(text))
        || (text.TrimEnd() is [.., ':' or '：'] && DateAddressColon().IsMatch(text));

    private static int NextNonBlank(IReadOnlyList<string> lines, int from)
    {
        for (var j = from; j < lines.Count; j++)
        {
            if (!string.IsNullOrWhiteSpace(lines[j])) return j;
        }
        return -1;
    }

    private static void TrimTrailingSeparators(List<string> kept)
    {
        while (kept.Count > 0 && (string.IsNullOrWhiteSpace(kept[^1]) || Rule().IsMatch(kept[^1])))
            kept.RemoveAt(kept.Count - 1);
    }

    [GeneratedRegex(@"^\s*(?:On|Le|Am|El|Il|Op|Em|Den|På|W dniu|Dne|В|Στις|在|\d|\p{L}{1,4}\.?,? \d)", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex AttributionOpening();

    /// <summary>Gmail in some locales writes no verb: "2012/04/02 18:26 Name &lt;a@b&gt;:", "пн, 2 мар. 2026 г. в 09:30, Name &lt;a@b&gt;:".</summary>
    [GeneratedRegex(@"^[^\n]*\d[^\n]*<[^<>@\s]+@[^<>\s]+>\s*[:：]\s*$", RegexOptions.NonBacktracking)]
    private static partial Regex DateAddressColon();

    /// <summary>A line that only draws a rule (dashes, underscores, ᐧ tracking pixels): never the customer's words at the end.</summary>
    [GeneratedRegex(@"^\s*(?:[-_=*~#+ᐧ]{2,}|ᐧ)\s*$", RegexOptions.NonBacktracking)]
    private static partial Regex Rule();
}
