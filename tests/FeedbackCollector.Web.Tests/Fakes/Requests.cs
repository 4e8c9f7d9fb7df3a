using System.Text;
using FeedbackCollector.Web.Http;

namespace FeedbackCollector.Web.Tests.Fakes;

internal static class Requests
{
    private static readonly Dictionary<string, string> None = new();

    public static WebRequest Get(string path, IReadOnlyDictionary<string, string>? query = null, IReadOnlyDictionary<string, string>? headers = null) =>
        new("GET", path, query ?? None, headers ?? None, ReadOnlyMemory<byte>.Empty, "203.0.113.9");

    public static WebRequest Post(string path, string body, IReadOnlyDictionary<string, string>? headers = null) =>
        Post(path, Encoding.UTF8.GetBytes(body), headers);

    public static WebRequest Post(string path, byte[] body, IReadOnlyDictionary<string, string>? headers = null) =>
        new("POST", path, None, headers ?? new Dictionary<string, string> { ["Content-Type"] = "application/x-www-form-urlencoded" }, body, "203.0.113.9");
}
