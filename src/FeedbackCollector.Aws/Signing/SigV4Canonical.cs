using System.Globalization;
using System.Text;

namespace FeedbackCollector.Aws.Signing;

/// <summary>The canonical forms of SigV4 (path, query, headers) and its strict URI encoding.</summary>
public static class SigV4Canonical
{
    /// <summary>RFC 3986 encoding keeping only unreserved characters (A-Z a-z 0-9 - _ . ~), upper-case hex, UTF-8.</summary>
    public static string UriEncode(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (IsUnreserved(c)) sb.Append(c);
            else sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    /// <summary>
    /// S3 signs the wire path as it is (single encoding). Every other service normalises the path
    /// (dot segments, repeated slashes) and encodes the already-encoded segments again, so '%' becomes
    /// '%25': the "double encoding" botocore and the SDKs apply.
    /// </summary>
    public static string Path(string wirePath, bool singleEncode)
    {
        if (string.IsNullOrEmpty(wirePath)) return "/";
        if (singleEncode) return wirePath;
        var segments = new List<string>();
        foreach (var segment in wirePath.Split('/'))
        {
            if (segment.Length == 0 || segment == ".") continue;
            if (segment == "..")
            {
                if (segments.Count > 0) segments.RemoveAt(segments.Count - 1);
                continue;
            }
            segments.Add(UriEncode(segment));
        }
        var path = "/" + string.Join('/', segments);
        return wirePath.EndsWith('/') && path.Length > 1 ? path + "/" : path;
    }

    /// <summary>Query parameters decoded, strictly re-encoded, sorted by name then value (ordinal).</summary>
    public static string Query(string rawQuery)
    {
        var query = rawQuery.StartsWith('?') ? rawQuery[1..] : rawQuery;
        if (query.Length == 0) return "";
        var pairs = new List<(string Key, string Value)>();
        foreach (var part in query.Split('&'))
        {
            if (part.Length == 0) continue;
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            var key = eq < 0 ? part : part[..eq];
            var value = eq < 0 ? "" : part[(eq + 1)..];
            pairs.Add((UriEncode(Uri.UnescapeDataString(key)), UriEncode(Uri.UnescapeDataString(value))));
        }
        pairs.Sort((a, b) =>
        {
            var byKey = string.CompareOrdinal(a.Key, b.Key);
            return byKey != 0 ? byKey : string.CompareOrdinal(a.Value, b.Value);
        });
        return string.Join('&', pairs.Select(p => p.Key + "=" + p.Value));
    }

    /// <summary>The canonical header block (each line ends in '\n') and the signed-header list.</summary>
    public static (string Block, string SignedHeaders) Headers(IReadOnlyList<KeyValuePair<string, string>> headers)
    {
        var grouped = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (name, value) in headers)
        {
            var key = name.Trim().ToLowerInvariant();
            if (!grouped.TryGetValue(key, out var values)) grouped[key] = values = [];
            values.Add(TrimAll(value));
        }
        var block = new StringBuilder();
        foreach (var (name, values) in grouped)
        {
            block.Append(name).Append(':').Append(string.Join(',', values)).Append('\n');
        }
        return (block.ToString(), string.Join(';', grouped.Keys));
    }

    private static string TrimAll(string value)
    {
        var sb = new StringBuilder(value.Length);
        var space = false;
        foreach (var c in value.Trim())
        {
            if (c is ' ' or '\t')
            {
                if (!space) sb.Append(' ');
                space = true;
                continue;
            }
            sb.Append(c);
            space = false;
        }
        return sb.ToString();
    }

    private static bool IsUnreserved(char c) =>
        c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '_' or '.' or '~';
}
