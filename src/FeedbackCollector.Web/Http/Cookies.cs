namespace FeedbackCollector.Web.Http;

internal static class Cookies
{
    public static string? Get(WebRequest request, string name)
    {
        var header = request.Header("Cookie");
        if (string.IsNullOrEmpty(header) || header.Length > 8192) return null;
        foreach (var part in header.Split(';'))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && part[..eq].Trim() == name) return part[(eq + 1)..].Trim();
        }
        return null;
    }
}
