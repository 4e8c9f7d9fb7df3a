using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace FeedbackCollector.Lambda.Tests.Support;

/// <summary>One request a fake AWS endpoint received.</summary>
public sealed record CapturedCall(string Method, string Path, string Body);

/// <summary>
/// A stand-in for one AWS service moto does not play well enough here (Lambda async invoke, Bedrock
/// Converse): records each request and answers with a fixed status and body. The bootstrap reaches it
/// through AWS_ENDPOINT_URL_LAMBDA / AWS_ENDPOINT_URL_BEDROCK_RUNTIME.
/// </summary>
public sealed class FakeAwsEndpoint : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<CapturedCall> _calls = new();
    private readonly Func<CapturedCall, (int Status, string Body)> _answer;
    private readonly Task _serving;

    public FakeAwsEndpoint(int status, string body) : this(_ => (status, body))
    {
    }

    /// <summary>An endpoint whose answer depends on the request (a Converse call's prompt, say).</summary>
    public FakeAwsEndpoint(Func<CapturedCall, (int Status, string Body)> answer)
    {
        _answer = answer;
        using (var socket = new TcpListener(IPAddress.Loopback, 0))
        {
            socket.Start();
            Port = ((IPEndPoint)socket.LocalEndpoint).Port;
        }
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}";

    public IReadOnlyList<CapturedCall> Calls => _calls.ToArray();

    /// <summary>Waits until a request has arrived (the bootstrap calls before it answers, so this is short).</summary>
    public async Task<CapturedCall> FirstCallAsync(TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (_calls.TryPeek(out var call)) return call;
            await Task.Delay(50);
        }
        throw new TimeoutException("no request reached the fake endpoint");
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var call = new CapturedCall(context.Request.HttpMethod, context.Request.Url!.AbsolutePath, await reader.ReadToEndAsync());
            _calls.Enqueue(call);
            var (status, body) = _answer(call);
            var bytes = Encoding.UTF8.GetBytes(body);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(bytes);
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
