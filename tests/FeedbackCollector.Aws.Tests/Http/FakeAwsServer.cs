using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace FeedbackCollector.Aws.Tests.Http;

/// <summary>What the fake saw: the raw request line path, the headers and the body.</summary>
public sealed record FakeRequest(string Method, string RawUrl, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string BodyText => Encoding.UTF8.GetString(Body);

    public string Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var v) ? v : "";
}

public sealed record FakeResponse(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static FakeResponse Json(string body, int status = 200) => new(status, body);

    public static FakeResponse Error(int status, string errorType, string message = "error") =>
        new(status, $$"""{"message":"{{message}}"}""", new Dictionary<string, string> { ["x-amzn-ErrorType"] = errorType + ":http://internal.amazon.com/coral/com.amazon.coral.service/" });
}

/// <summary>
/// A tiny HTTP server on 127.0.0.1 that records every request and answers from a queue of responses (the last
/// one repeats). Stands in for AWS where moto cannot: Bedrock Converse and Lambda Invoke.
/// </summary>
public sealed class FakeAwsServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<FakeResponse> _responses = new();
    private FakeResponse _last = FakeResponse.Json("{}");

    public FakeAwsServer()
    {
        var port = FreePort();
        BaseUri = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(BaseUri.ToString());
        _listener.Start();
        _ = Task.Run(LoopAsync);
    }

    public Uri BaseUri { get; }

    public ConcurrentQueue<FakeRequest> Requests { get; } = new();

    /// <summary>When set, answers every request from what it asked (the queue is then ignored).</summary>
    public Func<FakeRequest, FakeResponse>? Answer { get; set; }

    public FakeAwsServer Respond(params FakeResponse[] responses)
    {
        foreach (var r in responses) _responses.Enqueue(r);
        return this;
    }

    public void Dispose() => _listener.Close();

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception) { return; }
            await HandleAsync(context);
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        using var body = new MemoryStream();
        await context.Request.InputStream.CopyToAsync(body);
        var headers = context.Request.Headers.AllKeys.Where(k => k is not null)
            .ToDictionary(k => k!.ToLowerInvariant(), k => context.Request.Headers[k]!);
        var request = new FakeRequest(context.Request.HttpMethod, context.Request.RawUrl ?? "", headers, body.ToArray());
        Requests.Enqueue(request);
        if (_responses.TryDequeue(out var next)) _last = next;
        var response = Answer?.Invoke(request) ?? _last;
        context.Response.StatusCode = response.Status;
        context.Response.ContentType = "application/json";
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>()) context.Response.Headers[name] = value;
        var bytes = Encoding.UTF8.GetBytes(response.Body);
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
