using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;

namespace FeedbackCollector.Testing.Owner;

/// <summary>
/// slack.com/api as an HttpClient handler: records each chat.postMessage (channel and text) and answers ok, so a
/// composition over fakes can send the owner's DM without a network.
/// </summary>
public sealed class FakeSlackApi : HttpMessageHandler
{
    public ConcurrentQueue<(string Method, string Channel, string Text, string? Token)> Posts { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "{}" : await request.Content.ReadAsStringAsync(cancellationToken);
        using var doc = JsonDocument.Parse(body);
        var root = doc.RootElement;
        Posts.Enqueue((request.RequestUri!.AbsolutePath, root.GetProperty("channel").GetString()!, root.GetProperty("text").GetString()!,
            request.Headers.Authorization?.Parameter));
        return new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent("""{"ok":true,"channel":"D1","ts":"1.2"}""", Encoding.UTF8, "application/json"),
        };
    }

    /// <summary>The one-tap links of a Slack message, &lt;url|label&gt;, by label.</summary>
    public static IReadOnlyList<(string Label, Uri Url)> Links(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, @"<(https?://[^|>]+)\|([^>]+)>")
            .Select(m => (m.Groups[2].Value, new Uri(m.Groups[1].Value)))];
}
