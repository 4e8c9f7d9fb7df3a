using System.Text;

namespace FeedbackCollector.Core.Rules;

/// <summary>One line of an owner's doc after Google-Docs clean-up. Number is 1-based.</summary>
internal readonly record struct DocLine(int Number, string Text);

/// <summary>
/// Turns an owner's doc into clean lines. Google Docs exports bring non-breaking spaces, smart quotes,
/// long dashes, bullets and \r\n; none of that should change what a line means.
/// </summary>
internal static class DocText
{
    /// <summary>Hard limits against a pasted novel or a hostile file.</summary>
    public const int MaxChars = 100_000;
    public const int MaxLines = 2_000;
    public const int MaxLineLength = 2_000;

    private static readonly string[] Bullets = ["• ", "◦ ", "▪ ", "● ", "· ", "- ", "* ", "– ", "— "];

    /// <summary>Splits and cleans; lines past the caps are dropped and reported by the caller via <paramref name="truncatedAt"/>.</summary>
    public static List<DocLine> Lines(string text, out int truncatedAt)
    {
        truncatedAt = 0;
        if (text.Length > MaxChars)
        {
            text = text[..MaxChars];
            truncatedAt = text.Count(c => c == '\n') + 1;
        }
        var raw = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var lines = new List<DocLine>(Math.Min(raw.Length, MaxLines));
        for (var i = 0; i < raw.Length && i < MaxLines; i++)
        {
            lines.Add(new DocLine(i + 1, Clean(raw[i])));
        }
        if (raw.Length > MaxLines && truncatedAt == 0) truncatedAt = MaxLines + 1;
        return lines;
    }

    /// <summary>Normalizes characters Google Docs substitutes; trims the end but keeps leading text as typed.</summary>
    public static string Clean(string line)
    {
        var sb = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            switch (c)
            {
                case '\u00A0' or '\u2007' or '\u202F' or '\t': sb.Append(' '); break;
                case '\u200B' or '\u200C' or '\u200D' or '\uFEFF': break;
                case '\u2018' or '\u2019' or '\u201B' or '\u2032': sb.Append('\''); break;
                case '\u201C' or '\u201D' or '\u201F' or '\u2033': sb.Append('"'); break;
                case '\uFF1A': sb.Append(':'); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString().TrimEnd();
    }

    /// <summary>Removes a leading list bullet ("• ", "- ", "* ") that Docs or the owner added.</summary>
    public static string StripBullet(string line)
    {
        var t = line.TrimStart();
        foreach (var b in Bullets)
        {
            if (t.StartsWith(b, StringComparison.Ordinal)) return t[b.Length..].TrimStart();
        }
        return t;
    }

    public static bool IsComment(string line) => line.TrimStart().StartsWith('#');

    /// <summary>"Quiet  Hours " → "quiet hours"; dashes and underscores count as spaces so "Follow-up" = "follow up".</summary>
    public static string NormalizeKey(string key)
    {
        var t = key.Replace('-', ' ').Replace('_', ' ').Replace('\u2013', ' ').Replace('\u2014', ' ').ToLowerInvariant();
        return string.Join(' ', t.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Long dashes to "-", so "9pm – 9am" reads like "9pm - 9am".</summary>
    public static string PlainDashes(string value) => value.Replace('\u2013', '-').Replace('\u2014', '-').Replace('\u2212', '-');
}
