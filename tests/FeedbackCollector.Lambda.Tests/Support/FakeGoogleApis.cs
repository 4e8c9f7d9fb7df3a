using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace FeedbackCollector.Lambda.Tests.Support;

/// <summary>One request the stand-in Google saw: path (unescaped), query and Authorization header.</summary>
public sealed record GoogleCall(string Method, string Path, string Query, string? Authorization);

/// <summary>
/// Google's OAuth token endpoint, Drive, Sheets and Calendar played on 127.0.0.1 for a bootstrap started
/// with FC_GOOGLE_ENDPOINT_URL: answers by exact path (the token endpoint is POST /token), 404 otherwise.
/// </summary>
public sealed class FakeGoogleApis : IAsyncDisposable
{
    public const string AccessToken = "ya29.harness-token";

    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, (string Body, string ContentType)> _answers = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<GoogleCall> _calls = new();
    private readonly Task _serving;

    public FakeGoogleApis()
    {
        using (var socket = new TcpListener(IPAddress.Loopback, 0))
        {
            socket.Start();
            Url = $"http://127.0.0.1:{((IPEndPoint)socket.LocalEndpoint).Port}/";
        }
        _listener.Prefixes.Add(Url);
        _listener.Start();
        Answer("/token", $$"""{"access_token":"{{AccessToken}}","expires_in":3599,"token_type":"Bearer"}""");
        _serving = Task.Run(ServeAsync);
    }

    public string Url { get; }

    public IReadOnlyList<GoogleCall> Calls => _calls.ToArray();

    public FakeGoogleApis Answer(string path, string body, string contentType = "application/json; charset=UTF-8")
    {
        _answers[path] = (body, contentType);
        return this;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
            var raw = context.Request.RawUrl ?? "/";
            var path = Uri.UnescapeDataString(raw.Split('?', 2)[0]);
            _calls.Enqueue(new GoogleCall(context.Request.HttpMethod, path, context.Request.Url?.Query ?? "", context.Request.Headers["Authorization"]));
            var (status, (body, type)) = _answers.TryGetValue(path, out var found)
                ? (200, found)
                : (404, ("""{"error":{"code":404,"message":"Not found","status":"NOT_FOUND"}}""", "application/json"));
            context.Response.StatusCode = status;
            context.Response.ContentType = type;
            await context.Response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes(body));
            context.Response.Close();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _serving.ConfigureAwait(false);
    }
}
