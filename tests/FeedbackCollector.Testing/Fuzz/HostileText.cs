using FsCheck;
using FsCheck.Fluent;

namespace FeedbackCollector.Testing.Fuzz;

/// <summary>
/// Text an attacker or a broken sender could produce: any UTF-16 unit (lone surrogates included), control characters,
/// every line-break spelling, invisible and direction marks, emoji, and lines long enough to hit every size cap.
/// </summary>
public static class HostileText
{
    /// <summary>Units chosen for trouble: NUL, CR, LF, lone surrogates of both halves, BOM, bidi override, line separators, noncharacters.</summary>
    public static readonly char[] Specials =
    [
        '\0', '\r', '\n', '\t', '\v', '\f', '\u001b', '\u007f', '\u0085', '\u00a0', '\ud800', '\udbff', '\udc00', '\udfff',
        '\ufeff', '\u200b', '\u200d', '\u202e', '\u2028', '\u2029', '\ufffd', '\uffff', '\ufffe', '\u0301', '\uff1a', '\u2013',
    ];

    /// <summary>Whole text elements that must survive unsplit: emoji with modifiers and joiners, accents, CJK.</summary>
    public static readonly string[] Elements = ["😀", "👩🏽‍🔧", "🇸🇬", "é", "e\u0301", "中文", "ß", "İ", "K", "ﬃ"];

    public static Gen<char> AnyChar =>
        Gen.Frequency(
            (10, Gen.Choose(0x20, 0x7e).Select(c => (char)c)),
            (3, Gen.Elements(Specials)),
            (2, Gen.Choose(0, 0x1f).Select(c => (char)c)),
            (2, Gen.Choose(0xd800, 0xdfff).Select(c => (char)c)),
            (3, Gen.Choose(0x80, 0xffff).Select(c => (char)c)));

    /// <summary>A short run of hostile characters and text elements.</summary>
    public static Gen<string> Run =>
        Gen.Sized(size => Gen.ListOf(Gen.Frequency(
                (6, AnyChar.Select(c => c.ToString())),
                (1, Gen.Elements(Elements)),
                (1, Gen.Elements("\r\n", "\n\n", "\r\r\n", "\n\r"))), Math.Max(1, size / 3))
            .Select(parts => string.Concat(parts)));

    /// <summary>One piece repeated to 2,000–300,000 characters: past every line, field and body cap we set.</summary>
    public static Gen<string> Huge(Gen<string> piece) =>
        from p in piece
        from length in Gen.Elements(2_001, 5_001, 20_001, 100_001, 300_000)
        select Repeat(p.Length == 0 ? "x" : p, length);

    /// <summary>Any of: a short hostile run, many lines of it, or a huge line.</summary>
    public static Gen<string> Text =>
        Gen.Frequency(
            (8, Run),
            (3, from lines in Gen.ListOf(Run) from eol in Gen.Elements("\n", "\r\n", "\r") select string.Join(eol, lines)),
            (1, Huge(Run)));

    public static string Repeat(string piece, int length)
    {
        ArgumentNullException.ThrowIfNull(piece);
        var sb = new System.Text.StringBuilder(length + piece.Length);
        while (sb.Length < length) sb.Append(piece);
        return sb.ToString();
    }
}
