using System.Text.RegularExpressions;

namespace FeedbackCollector.Mail.Inbound.Markers;

/// <summary>
/// The line patterns built once from <see cref="ReplyLanguages"/>, each a <see cref="LinePattern"/> (linear or
/// time-limited), so a hostile body cannot make matching slow. They are built at run time because the table
/// is data; the regex interpreter needs no code generation, so this is fine under Native AOT.
/// </summary>
internal static partial class ReplyMarkers
{
    /// <summary>A device name in a tagline: words without sentence punctuation, maybe a link, maybe "please excuse typos".</summary>
    private const string Device = @"[^,.!?:;\n]+(?:\s*[(<\[][^\n]+[)>\]])?(?:[,.!]?\s*(?:please |pls )?(?:excuse|pardon|sorry|forgive)[^\n]*)?[.!]?";

    private static readonly IReadOnlyList<ReplyLanguage> Table = ReplyLanguages.All;

    /// <summary>An attribution's end: "… wrote:", "… a écrit :", "… 写道：", optionally with a trailing address.</summary>
    public static LinePattern WroteEnding { get; } = new(
        $@"(?:{Any(l => l.Wrote)})(?:\s+[^:\n]*>)?\s*[:：]?\s*$");

    /// <summary>"-----Original Message-----", "---- On … wrote ----" (Zoho), "Begin forwarded message:", in every language.</summary>
    public static LinePattern Separator { get; } = new(
        $@"^\s*(?:[-_=*~ ]{{2,}}\s*(?:{Any(l => l.SeparatorTitles)})\s*[:：]?\s*[-_=*~ ]{{2,}}|(?:{Any(l => l.SeparatorTitles)})\s*[:：]|-{{2,}}\s*[^\n]*(?:{Any(l => l.Wrote)})\s*[:：]?\s*-{{2,}})\s*$");

    /// <summary>The first line of an Outlook/Exchange header block: "From: …", "*Von:* …", "De : …", "发件人：…".</summary>
    public static LinePattern HeaderFrom { get; } = new($@"^\s*\*?(?:{Any(l => l.FromLabels)})\s*\*?\s*[:：]\s*\*?\s*\S");

    /// <summary>A later line of such a block: Sent/Date/To/Subject in any language.</summary>
    public static LinePattern HeaderField { get; } = new($@"^\s*\*?(?:{Any(l => l.HeaderLabels)})\s*\*?\s*[:：]");

    /// <summary>A whole line that is a device tagline ("Sent from my iPhone", "Von meinem iPhone gesendet").</summary>
    public static LinePattern Tagline { get; } = new(
        $@"^\s*[(<]*(?:{string.Join('|', Table.SelectMany(l => l.Taglines).Select(Tag))})[)>]*\s*$");

    /// <summary>An out-of-office phrase anywhere in a subject.</summary>
    public static LinePattern OutOfOfficeSubject { get; } = new($@"(?:^|\W)(?:{Any(l => l.OutOfOffice)})(?:\W|$)");

    /// <summary>A first line that opens with an out-of-office phrase used as a title ("Automatic reply: …") or a sentence.</summary>
    public static LinePattern OutOfOfficeFirstLine { get; } = new(
        $@"^\s*(?:(?:{Any(l => l.OutOfOffice)})\s*(?:[:：\-–]|$)|(?:{Any(l => l.OutOfOffice.Where(p => p.Count(c => c == ' ') >= 2))})\b)");

    /// <summary>A tagline fragment with its bounded wildcard (".{1,60}") read as a device name.</summary>
    private static string Tag(string fragment) => Wildcard().Replace(fragment, Device.Replace("$", "$$", StringComparison.Ordinal));

    private static string Any(Func<ReplyLanguage, IEnumerable<string>> pick) =>
        string.Join('|', Table.SelectMany(pick).Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(s => s.Length).Select(Regex.Escape));

    [GeneratedRegex(@"\.\{\d+,\d+\}")]
    private static partial Regex Wildcard();
}
