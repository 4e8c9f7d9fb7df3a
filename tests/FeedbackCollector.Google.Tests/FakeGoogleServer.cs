using System.Collections.Concurrent;
using System.Collections.Specialized;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Web;

namespace FeedbackCollector.Google.Tests;

/// <summary>A request as the fake server saw it.</summary>
public sealed record RecordedRequest(string Method, string Path, string RawUrl, NameValueCollection Query, string? Authorization, string Body);

/// <summary>What the fake server answers.</summary>
public sealed record FakeResponse(int Status, string Body, string ContentType = "application/json; charset=UTF-8")
{
    public static FakeResponse Json(string body) => new(200, body);
    public static FakeResponse Error(int status, string body) => new(status, body);
}

/// <summary>
/// Google's APIs played by an HttpListener on 127.0.0.1: routes by unescaped path, records every
/// request so tests can assert URLs, query strings and the Authorization header.
/// </summary>
public sealed class FakeGoogleServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly List<(Func<RecordedRequest, bool> Match, Func<RecordedRequest, FakeResponse> Respond)> _routes = [];
    private readonly Task _loop;

    public FakeGoogleServer()
    {
        var port = FreePort();
        BaseUri = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(BaseUri.ToString());
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public Uri BaseUri { get; }
    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();
    public IReadOnlyList<RecordedRequest> Received => Requests.ToArray();

    public GoogleEndpoints Endpoints => GoogleEndpoints.AllAt(BaseUri);

    public void On(string path, Func<RecordedRequest, FakeResponse> respond) => On(r => r.Path == path, respond);

    public void On(Func<RecordedRequest, bool> match, Func<RecordedRequest, FakeResponse> respond)
    {
        lock (_routes) _routes.Insert(0, (match, respond));
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (!_listener.IsListening)
            {
                return;
            }
            await HandleAsync(context);
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var request = context.Request;
        using var reader = new StreamReader(request.InputStream, Encoding.UTF8);
        var rawUrl = request.RawUrl ?? "/";
        var pathPart = rawUrl.Split('?', 2)[0];
        var recorded = new RecordedRequest(request.HttpMethod, Uri.UnescapeDataString(pathPart), rawUrl,
            HttpUtility.ParseQueryString(request.Url?.Query ?? ""), request.Headers["Authorization"], await reader.ReadToEndAsync());
        Requests.Enqueue(recorded);
        FakeResponse response;
        lock (_routes)
        {
            var route = _routes.FirstOrDefault(r => r.Match(recorded));
            response = route.Respond is null ? FakeResponse.Error(404, """{"error":{"code":404,"message":"no fake route","status":"NOT_FOUND"}}""") : route.Respond(recorded);
        }
        var bytes = Encoding.UTF8.GetBytes(response.Body);
        context.Response.StatusCode = response.Status;
        context.Response.ContentType = response.ContentType;
        context.Response.ContentLength64 = bytes.Length;
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop;
    }
}
