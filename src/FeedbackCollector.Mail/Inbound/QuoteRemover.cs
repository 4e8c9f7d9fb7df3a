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
    private const int MaxHeaderBlock = 12;

    /// <summary>No marker is this long; longer lines are text and skip the patterns.</summary>
    internal const int MaxMarkerLength = 1000;

    public static List<string> Remove(IReadOnlyList<string> lines)
    {
        var kept = new List<string>();
        var dropped = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var marker = CutLength(lines, i);
            if (marker == 0 && AttributionLength(lines, i) is var attribution and > 0)
            {
                var next = NextNonBlank(lines, i + attribution);
                if (next >= 0 && IsQuoted(lines[next])) { i += attribution - 1; continue; }
                marker = attribution;
            }
            if (marker > 0)
            {
                // The thread starts here. Above the customer's words it ends the reply; on top (a forward, or
                // an answer written under "On … wrote:") it is only a header, and what follows is what was sent.
                if (kept.Any(l => !string.IsNullOrWhiteSpace(l))) break;
                i += marker - 1;
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

    /// <summary>How many lines a cut marker at line i spans (a separator and the header block under it, or an Outlook header block); 0 when none starts here.</summary>
    private static int CutLength(IReadOnlyList<string> lines, int i)
    {
        if (!IsMarkerCandidate(lines[i])) return 0;
        if (ReplyMarkers.IsSeparator(lines[i]))
            return i + 1 < lines.Count && ReplyMarkers.IsHeaderFrom(lines[i + 1]) ? 1 + BlockLength(lines, i + 1) : 1;
        if (!ReplyMarkers.IsHeaderFrom(lines[i])) return 0;
        for (var j = i + 1; j < lines.Count && j <= i + HeaderLookahead; j++)
        {
            if (lines[j].Length <= MaxMarkerLength && ReplyMarkers.IsHeaderField(lines[j])) return BlockLength(lines, i);
        }
        return 0;
    }

    /// <summary>A header block runs to the first blank line (a wrapped Subject goes on without a label).</summary>
    private static int BlockLength(IReadOnlyList<string> lines, int from)
    {
        var end = from;
        while (end < lines.Count && end - from < MaxHeaderBlock && !string.IsNullOrWhiteSpace(lines[end])) end++;
        return end - from;
    }

    /// <summary>How many lines (1..3) form an attribution starting at line i; 0 when none does.</summary>
    private static int AttributionLength(IReadOnlyList<string> lines, int i)
    {
        if (!IsMarkerCandidate(lines[i])) return 0;
        var joined = "";
        for (var k = 0; k < MaxAttributionLines && i + k < lines.Count; k++)
        {
            if (k > 0 && !IsMarkerCandidate(lines[i + k]) && !IsWrappedAddress(lines[i + k])) return 0;
            joined = (joined + " " + lines[i + k].Trim()).Trim();
            if (joined.Length > 400) return 0;
            // A line of the customer's just above "On … wrote:" is not part of it: when a later line starts a
            // whole attribution and opens like one (or the first line does not), that one is taken.
            if (IsAttribution(joined)) return k > 0 && StartsLater(lines, i, k) ? 0 : k + 1;
        }
        return 0;
    }

    /// <summary>"On …", "Le …", "Am …", a date, or a digit early on ("понедельник, 6 октября 2014 г. …").</summary>
    private static bool OpensAttribution(string line) =>
        AttributionOpening().IsMatch(line) || line.AsSpan(0, Math.Min(line.Length, 30)).IndexOfAny(DigitOrAt) >= 0;

    /// <summary>Gmail wraps "Name &lt;" / "&gt;:" so the address's end can start a line that looks quoted.</summary>
    private static bool IsWrappedAddress(string line) => line.TrimStart().StartsWith(">:", StringComparison.Ordinal);

    private static bool StartsLater(IReadOnlyList<string> lines, int i, int k)
    {
        for (var s = 1; s <= k; s++)
        {
            var opensBetter = !OpensAttribution(lines[i]) || AttributionOpening().IsMatch(lines[i + s]);
            if (opensBetter && IsAttribution(string.Join(' ', Enumerable.Range(i + s, k - s + 1).Select(j => lines[j].Trim())))) return true;
        }
        return false;
    }

    private static bool IsAttribution(string text)
    {
        if (text.AsSpan().IndexOfAny(DigitOrAt) < 0) return false;
        var colon = text.TrimEnd() is [.., ':' or '：'];
        return ReplyMarkers.EndsWithWrote(text)
            || (colon && (ReplyMarkers.ContainsWrote(text) || DateAddressColon().IsMatch(text)))
            || GmailDate().IsMatch(text);
    }

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

    /// <summary>Gmail in some locales writes no verb: "2012/04/02 18:26 Name &lt;a@b&gt;:", "пн, 2 мар. 2026 г. в 09:30, Name &lt;a@b&gt;:".</summary>
    [GeneratedRegex(@"^[^\n]*\d[^\n]*<\s*[^<>@\s]+@[^<>\s]+\s*>\s*[:：]\s*$", RegexOptions.NonBacktracking)]
    private static partial Regex DateAddressColon();

    [GeneratedRegex(@"^\s*(?:On|Le|Am|El|Il|Op|Em|Den|På|W dniu|Dne|В|Στις|在)\s", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex AttributionOpening();

    /// <summary>Older Gmail: "2016-03-03 17:21 GMT+01:00 Name", "2013/7/20 Name &lt;a@b&gt;", no verb and maybe no colon.</summary>
    [GeneratedRegex(@"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b[^\n]*(?:GMT[+-]\d|<\s*[^<>\s]+@[^<>\s]+\s*>)", RegexOptions.NonBacktracking)]
    private static partial Regex GmailDate();

    /// <summary>A line that only draws a rule (dashes, underscores, ᐧ tracking pixels): never the customer's words at the end.</summary>
    [GeneratedRegex(@"^\s*(?:[-_=*~#+ᐧ]{2,}|ᐧ)\s*$", RegexOptions.NonBacktracking)]
    private static partial Regex Rule();
}
