namespace FeedbackCollector.Web.Http;

/// <summary>
/// One HTTP request as both hosts see it (Kestrel locally, a Function URL event on Lambda).
/// Header and query names are matched case-insensitively whatever dictionary the host passes.
/// </summary>
/// <param name="Path">The decoded path without the query string, e.g. "/t/abc/5".</param>
/// <param name="Query">First value per query name.</param>
public sealed record WebRequest(
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Query,
    IReadOnlyDictionary<string, string> Headers,
    ReadOnlyMemory<byte> Body,
    string? RemoteIp)
{
    public string? Header(string name) => Find(Headers, name);

    public string? QueryValue(string name) => Find(Query, name);

    private static string? Find(IReadOnlyDictionary<string, string> values, string name)
    {
        if (values.TryGetValue(name, out var exact)) return exact;
        foreach (var (key, value) in values)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase)) return value;
        }
        return null;
    }
}
