using System.Text;

namespace FeedbackCollector.Web.Http;

/// <summary>application/x-www-form-urlencoded, read with caps: a form here has a handful of short fields.</summary>
internal static class FormBody
{
    private const int MaxFields = 32;
    private const int MaxBytes = 64 * 1024;

    /// <summary>The fields (first value wins), or null when the body is over the caps.</summary>
    public static Dictionary<string, string>? Parse(ReadOnlyMemory<byte> body)
    {
        if (body.Length > MaxBytes) return null;
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var text = Encoding.UTF8.GetString(body.Span);
        var pairs = text.Split('&', StringSplitOptions.RemoveEmptyEntries);
        if (pairs.Length > MaxFields) return null;
        foreach (var pair in pairs)
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Decode(eq < 0 ? pair : pair[..eq]);
            var value = eq < 0 ? "" : Decode(pair[(eq + 1)..]);
            fields.TryAdd(name, value);
        }
        return fields;
    }

    private static string Decode(string s) => Uri.UnescapeDataString(s.Replace('+', ' '));
}
