using FsCheck;
using FsCheck.Fluent;

namespace FeedbackCollector.Testing.Fuzz;

/// <summary>
/// Structure-aware fuzzing of text formats: start from valid documents (seeds), then insert hostile text or the
/// format's own keywords, cut, duplicate, repeat and splice. Most inputs stay close enough to valid to reach deep
/// into the parser, which random strings never do. <see cref="ShrinkText"/> cuts a failing input down.
/// </summary>
public static class Mutations
{
    /// <summary>A seed with one to four mutations; <paramref name="words"/> are the format's own tokens (keys, markers).</summary>
    public static Gen<string> Of(string[] seeds, string[] words) =>
        from seed in Gen.Elements(seeds)
        from count in Gen.Choose(1, 4)
        from steps in Gen.ListOf(Step(seeds, words), count)
        select steps.Aggregate(seed, (text, step) => step(text));

    /// <summary>Mutated seeds, with now and then plain hostile text.</summary>
    public static Gen<string> TextLike(string[] seeds, string[] words) =>
        Gen.Frequency((6, Of(seeds, words)), (1, Gen.Elements(seeds)), (2, HostileText.Text));

    /// <summary>The same as bytes, with now and then bytes that are not UTF-8 spliced in (overlong, surrogate, truncated).</summary>
    public static Gen<byte[]> BytesLike(string[] seeds, string[] words) =>
        from text in TextLike(seeds, words)
        from bad in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(1, 3)))
        from positions in Gen.ArrayOf(Gen.Choose(0, int.MaxValue), 3)
        from junk in Gen.ArrayOf(Gen.Elements(BadUtf8), 3)
        select Splice(System.Text.Encoding.UTF8.GetBytes(text), bad, positions, junk);

    private static readonly byte[][] BadUtf8 =
    [
        [0xC3, 0x28], [0xFF], [0xFE], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0xC0, 0xAF], [0x80], [0x00],
    ];

    private static byte[] Splice(byte[] bytes, int count, int[] positions, byte[][] junk)
    {
        var list = new List<byte>(bytes);
        for (var i = 0; i < count; i++) list.InsertRange(positions[i] % (list.Count + 1), junk[i]);
        return [.. list];
    }

    private static Gen<Func<string, string>> Step(string[] seeds, string[] words)
    {
        var insert = Gen.Frequency((3, HostileText.Run), (3, Gen.Elements(words)), (1, HostileText.Huge(Gen.Elements(words))));
        return Gen.OneOf(
            from what in insert from at in Position select (Func<string, string>)(t => t.Insert(at % (t.Length + 1), what)),
            from a in Position from b in Position select (Func<string, string>)(t => Cut(t, a, b)),
            from a in Position from b in Position from times in Gen.Elements(2, 10, 1000) select (Func<string, string>)(t => Repeat(t, a, b, times)),
            from at in Position from c in HostileText.AnyChar select (Func<string, string>)(t => Replace(t, at, c)),
            from at in Position select (Func<string, string>)(t => t[..(at % (t.Length + 1))]),
            from other in Gen.Elements(seeds) from a in Position from at in Position
            select (Func<string, string>)(t => t.Insert(at % (t.Length + 1), other[(a % (other.Length + 1))..])));
    }

    private static Gen<int> Position => Gen.Choose(0, int.MaxValue);

    private static string Cut(string t, int a, int b)
    {
        var (from, to) = Range(t, a, b);
        return t.Remove(from, to - from);
    }

    private static string Repeat(string t, int a, int b, int times)
    {
        var (from, to) = Range(t, a, b);
        var slice = t[from..Math.Min(to, from + 200)];
        return t.Insert(from, string.Concat(Enumerable.Repeat(slice, times)));
    }

    private static string Replace(string t, int at, char c) =>
        t.Length == 0 ? c.ToString() : string.Concat(t.AsSpan(0, at % t.Length), c.ToString(), t.AsSpan(at % t.Length + 1));

    private static (int From, int To) Range(string t, int a, int b)
    {
        var x = a % (t.Length + 1);
        var y = b % (t.Length + 1);
        return (Math.Min(x, y), Math.Max(x, y));
    }

    /// <summary>Smaller candidates of a failing text: empty, halves, then the text with each eighth (or each line) left out.</summary>
    public static IEnumerable<string> ShrinkText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0) yield break;
        yield return "";
        if (text.Length == 1) yield break;
        yield return text[..(text.Length / 2)];
        yield return text[(text.Length / 2)..];
        var chunk = Math.Max(1, text.Length / 8);
        for (var at = 0; at < text.Length; at += chunk) yield return text.Remove(at, Math.Min(chunk, text.Length - at));
    }

    /// <summary>The same shrinking for bytes.</summary>
    public static IEnumerable<byte[]> ShrinkBytes(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length == 0) yield break;
        yield return [];
        if (bytes.Length == 1) yield break;
        yield return bytes[..(bytes.Length / 2)];
        yield return bytes[(bytes.Length / 2)..];
        var chunk = Math.Max(1, bytes.Length / 8);
        for (var at = 0; at < bytes.Length; at += chunk) yield return [.. bytes[..at], .. bytes[Math.Min(bytes.Length, at + chunk)..]];
    }

    public static Arbitrary<string> TextArb(Gen<string> gen) => Arb.From(gen, ShrinkText);

    public static Arbitrary<byte[]> BytesArb(Gen<byte[]> gen) => Arb.From(gen, ShrinkBytes);
}
