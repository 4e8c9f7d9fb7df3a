using System.Text.RegularExpressions;

namespace FeedbackCollector.Mail.Inbound.Markers;

/// <summary>
/// The line patterns built once from <see cref="ReplyLanguages"/>, each a <see cref="LinePattern"/> (linear,
/// split into parts when the table is too large for one automaton), so a hostile body cannot make matching
/// slow. They are built at run time because the table is data; the regex interpreter needs no code
/// generation, so this is fine under Native AOT.
/// </summary>
internal static partial class ReplyMarkers
{
    /// <summary>A device name in a tagline: words without sentence punctuation, maybe a link, maybe "please excuse typos".</summary>
    private const string Device = @"[^,.!?:;\n]+(?:\s*[(<\[][^\n]+[)>\]])?(?:[,.!]?\s*(?:please |pls )?(?:excuse|pardon|sorry|forgive)[^\n]*)?[.!]?";

    private static readonly IReadOnlyList<ReplyLanguage> Table = ReplyLanguages.All;

    private static readonly string[] Verbs = [.. Table.SelectMany(l => l.Wrote).Select(v => v.ToLowerInvariant()).Distinct(StringComparer.Ordinal)];

    private static readonly int MaxVerbLength = Verbs.Max(v => v.Length);

    /// <summary>The sender after a verb ("schrieb Kim &lt;k@…&gt;:") is at most this long.</summary>
    private const int MaxSenderTail = 200;

    /// <summary>
    /// Whether a (joined) attribution ends with a verb of the table: "… wrote:", "… a écrit :", "… 写道：", or
    /// the verb then the sender ("… schrieb Kim &lt;k@…&gt;:"). Ordinal search on a lower-cased copy, not a
    /// regex: this runs on every candidate line, and culture-aware or case-folding automata cost far more.
    /// </summary>
    public static bool EndsWithWrote(string text)
    {
        var trimmed = text.AsSpan().TrimEnd();
        var colon = trimmed.Length > 0 && trimmed[^1] is ':' or '：';
        var bare = trimmed.TrimEnd(":：").TrimEnd();
        // A sender after the verb is only ever followed by a colon ("schrieb Kim <k@…>:"); without one, only the last few characters matter.
        var end = (colon && bare.EndsWith('>') ? bare : bare[Math.Max(0, bare.Length - MaxVerbLength)..]).ToString().ToLowerInvariant();
        foreach (var verb in Verbs)
        {
            if (end.EndsWith(verb, StringComparison.Ordinal)) return true;
        }
        if (!colon || !end.EndsWith('>')) return false;
        var window = end[Math.Max(0, end.Length - MaxSenderTail)..];
        foreach (var verb in Verbs)
        {
            var at = window.LastIndexOf(verb, StringComparison.Ordinal);
            if (at < 0 || at + verb.Length >= window.Length) continue;
            var tail = window.AsSpan(at + verb.Length);
            if (char.IsWhiteSpace(tail[0]) && !tail.ContainsAny(":\n")) return true;
        }
        return false;
    }

    /// <summary>Whether a verb of the table occurs as a word ("schrieb am Fr., 28. Apr. 2017 um 11:53 Uhr:"); used only on colon-ended lines.</summary>
    public static bool ContainsWrote(string text)
    {
        var lower = text.ToLowerInvariant();
        foreach (var verb in Verbs)
        {
            var at = lower.IndexOf(verb, StringComparison.Ordinal);
            if (at >= 0 && (at == 0 || !char.IsLetter(lower[at - 1]))) return true;
        }
        return false;
    }

    private const string RuleChars = "-_=*~ ";

    private static readonly HashSet<string> Titles = Set(l => l.SeparatorTitles);
    private static readonly HashSet<string> FromLabels = Set(l => l.FromLabels);
    private static readonly HashSet<string> HeaderLabels = Set(l => l.HeaderLabels);

    /// <summary>
    /// A separator line in any language: a title between rules ("-----Original Message-----",
    /// "-------- Message d'origine --------"), a title with a colon ("Begin forwarded message:"), or Zoho's
    /// "---- On … wrote ----". Lookups in sets, not regexes: this runs on every line of every reply.
    /// </summary>
    public static bool IsSeparator(string line)
    {
        var text = line.AsSpan().Trim();
        var inner = text.Trim(RuleChars);
        var ruled = text.Length - text.TrimStart(RuleChars).Length >= 2 && text.Length - text.TrimEnd(RuleChars).Length >= 2;
        if (ruled)
            return Titles.Contains(inner.TrimEnd(":：").Trim().ToString()) || (text.StartsWith("--") && EndsWithWrote(inner.ToString()));
        return text.Length > 0 && text[^1] is ':' or '：' && Titles.Contains(text.TrimEnd(":：").Trim().ToString());
    }

    /// <summary>The first line of an Outlook/Exchange header block: "From: …", "*Von:* …", "De : …", "发件人：…".</summary>
    public static bool IsHeaderFrom(string line) => Label(line, out var value) is { } label && FromLabels.Contains(label) && value.Length > 0;

    /// <summary>A later line of such a block: Sent/Date/To/Subject in any language.</summary>
    public static bool IsHeaderField(string line) => Label(line, out _) is { } label && HeaderLabels.Contains(label);

    /// <summary>The label before the first colon of a header-like line ("*Gesendet:*" → "Gesendet"), or null.</summary>
    private static string? Label(string line, out string value)
    {
        value = "";
        var text = line.AsSpan().TrimStart();
        var colon = text.IndexOfAny(':', '：');
        if (colon < 1 || colon > 40) return null;
        value = text[(colon + 1)..].Trim().Trim('*').Trim().ToString();
        return text[..colon].Trim().Trim('*').Trim().ToString();
    }

    /// <summary>A whole line that is a device tagline ("Sent from my iPhone", "Von meinem iPhone gesendet").</summary>
    public static LinePattern Tagline { get; } = new(@"^\s*[(<]*(?:{0})[)>]*\s*$", [.. Table.SelectMany(l => l.Taglines).Select(Tag)]);

    /// <summary>An out-of-office phrase anywhere in a subject.</summary>
    public static LinePattern OutOfOfficeSubject { get; } = new(@"(?:^|\W)(?:{0})(?:\W|$)", Literals(l => l.OutOfOffice));

    /// <summary>A first line that opens with an out-of-office phrase used as a title ("Automatic reply: …").</summary>
    public static LinePattern OutOfOfficeTitle { get; } = new(@"^\s*(?:{0})\s*(?:[:：\-–]|$)", Literals(l => l.OutOfOffice));

    /// <summary>A first line that opens with an out-of-office sentence ("I am out of the office until …").</summary>
    public static LinePattern OutOfOfficeSentence { get; } = new(@"^\s*(?:{0})\b", Literals(l => l.OutOfOffice.Where(p => p.Count(c => c == ' ') >= 2)));

    /// <summary>A tagline fragment with its bounded wildcard (".{1,60}") read as a device name.</summary>
    private static string Tag(string fragment) => Wildcard().Replace(fragment, Device.Replace("$", "$$", StringComparison.Ordinal));

    private static HashSet<string> Set(Func<ReplyLanguage, IEnumerable<string>> pick) =>
        new(Table.SelectMany(pick), StringComparer.OrdinalIgnoreCase);

    private static List<string> Literals(Func<ReplyLanguage, IEnumerable<string>> pick) =>
        [.. Table.SelectMany(pick).Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(s => s.Length).Select(Regex.Escape)];

    [GeneratedRegex(@"\.\{\d+,\d+\}")]
    private static partial Regex Wildcard();
}
