using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace FeedbackCollector.Testing.Fuzz;

/// <summary>
/// Fuzzing of JSON bodies that stay JSON: a valid seed with values swapped for hostile ones (lone surrogate escapes,
/// control characters, dates in year 9999 or 0001, numbers past every integer type, deep nesting, wrong types) and
/// keys dropped, then now and then broken as text. Raw fragments a serializer would refuse to write (a lone
/// surrogate escape) are placed as text after serialising.
/// </summary>
public static class JsonMutations
{
    /// <summary>Raw JSON values the serializer cannot or would not produce.</summary>
    public static readonly string[] RawValues =
    [
        "\"\\ud800\"", "\"x\\udc00y\"", "\"\\udbff\\udbff\"", "\"a\\u0000b\"", "\"a\\r\\nBcc: x@y.com\"", "\"\\u202e\"",
        "\"9999-12-31T23:59:59Z\"", "\"9999-12-31T23:59:59-05:00\"", "\"0001-01-01T00:00:00+14:00\"", "\"0001-01-01\"",
        "\"2026-02-30T10:00:00Z\"", "\"10000-01-01T00:00:00Z\"", "\"2026-03-02T10:00:00+99:99\"", "\"\"", "\" \"",
        "253402300800", "253402300799", "-62135596801", "-1", "0", "-0", "1e400", "-1e400", "1.5e308", "0.1",
        "99999999999999999999999999999", "9223372036854775808", "-9223372036854775809", "true", "false", "null", "[]", "{}",
        "[null]", "{\"\":null}",
    ];

    /// <summary>A seed (a JSON object as text) with one to three value edits, and sometimes a text-level break.</summary>
    public static Gen<string> Of(string[] seeds, string[] words) =>
        Gen.Frequency(
            (6, Edited(seeds)),
            (2, from json in Edited(seeds) from broken in Mutations.Of([json], words) select broken),
            (1, Gen.Elements(seeds)),
            (1, DeepNesting));

    /// <summary>As <see cref="Of"/>, as UTF-8 bytes with now and then raw invalid UTF-8 spliced in.</summary>
    public static Gen<byte[]> BytesOf(string[] seeds, string[] words) =>
        from json in Of(seeds, words)
        from invalid in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from bytes in invalid ? Mutations.BytesLike([json], words) : Gen.Constant(System.Text.Encoding.UTF8.GetBytes(json))
        select bytes;

    /// <summary>Arrays and objects nested past the parser's depth cap, alone or as a field.</summary>
    public static Gen<string> DeepNesting =>
        from depth in Gen.Elements(63, 64, 65, 1_000, 100_000)
        from open in Gen.Elements("[", "{\"a\":")
        select open == "[" ? new string('[', depth) + new string(']', depth) : HostileText.Repeat(open, depth * open.Length) + "1" + new string('}', depth);

    private static Gen<string> Edited(string[] seeds) =>
        from seed in Gen.Elements(seeds)
        from count in Gen.Choose(1, 3)
        from picks in Gen.ArrayOf(Gen.Choose(0, int.MaxValue), count)
        from values in Gen.ArrayOf(Value, count)
        select Apply(seed, picks, values);

    /// <summary>What to put at a path: a raw fragment, a hostile string, a huge string, or nothing (the key removed).</summary>
    private static Gen<Edit> Value =>
        Gen.Frequency(
            (4, Gen.Elements(RawValues).Select(raw => new Edit(raw, Remove: false))),
            (3, HostileText.Run.Select(s => new Edit(Quote(s), Remove: false))),
            (1, HostileText.Huge(Gen.Elements("a", "é", "😀", " ")).Select(s => new Edit(Quote(s), Remove: false))),
            (1, DeepNesting.Select(d => new Edit(d, Remove: false))),
            (2, Gen.Constant(new Edit("", Remove: true))));

    private sealed record Edit(string Raw, bool Remove);

    private static string Apply(string seed, int[] picks, Edit[] edits)
    {
        // A seed may be a sender's non-JSON body (WooCommerce's form-encoded ping); it is only mutated as text.
        if (!seed.StartsWith('{') && !seed.StartsWith('[')) return seed;
        var root = JsonNode.Parse(seed)!;
        var raws = new List<string>();
        for (var i = 0; i < picks.Length; i++)
        {
            var slots = Slots(root).ToList();
            if (slots.Count == 0) break;
            var (parent, key, index) = slots[picks[i] % slots.Count];
            var marker = JsonValue.Create($"@@raw{raws.Count}@@");
            if (parent is JsonObject o && key is not null)
            {
                if (edits[i].Remove) o.Remove(key);
                else o[key] = marker;
            }
            else if (parent is JsonArray a)
            {
                if (edits[i].Remove) a.RemoveAt(index);
                else a[index] = marker;
            }
            if (!edits[i].Remove) raws.Add(edits[i].Raw);
        }
        var text = root.ToJsonString();
        for (var i = 0; i < raws.Count; i++) text = text.Replace($"\"@@raw{i}@@\"", raws[i], StringComparison.Ordinal);
        return text;
    }

    /// <summary>Every place a value sits: (object, key) or (array, index), depth first.</summary>
    private static IEnumerable<(JsonNode Parent, string? Key, int Index)> Slots(JsonNode node)
    {
        if (node is JsonObject o)
        {
            foreach (var (key, child) in o.ToList())
            {
                yield return (o, key, 0);
                if (child is not null) foreach (var s in Slots(child)) yield return s;
            }
        }
        else if (node is JsonArray a)
        {
            for (var i = 0; i < a.Count; i++)
            {
                yield return (a, null, i);
                if (a[i] is { } child) foreach (var s in Slots(child)) yield return s;
            }
        }
    }

    /// <summary>A JSON string literal of any UTF-16 text: every non-ASCII or control unit escaped, so lone surrogates go through as \uXXXX.</summary>
    public static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new System.Text.StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            if (c is '"' or '\\') sb.Append('\\').Append(c);
            else if (c is < ' ' or > '~') sb.Append($"\\u{(int)c:x4}");
            else sb.Append(c);
        }
        return sb.Append('"').ToString();
    }
}
