using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;

namespace FeedbackCollector.Lambda.Tests.Support;

/// <summary>What the bootstrap posted back for one invocation (or for init, with RequestId null).</summary>
public sealed record PostedResult(string? RequestId, bool IsError, string Body, string? ErrorTypeHeader);

/// <summary>
/// Plays the Lambda Runtime API (2018-06-01) on 127.0.0.1: hands out queued events on next (blocking
/// while the queue is empty, as Lambda does) and records every response, error and init error.
/// </summary>
public sealed class FakeRuntimeApiServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Channel<(string Id, byte[] Payload, string? TraceId, TimeSpan Timeout)> _events = Channel.CreateUnbounded<(string, byte[], string?, TimeSpan)>();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<PostedResult>> _results = new();
    private readonly TaskCompletionSource<PostedResult> _initError = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _serving;
    private readonly Func<DateTimeOffset> _now;
    private int _nextCalls;

    /// <param name="now">The bootstrap's clock, for deadlines (the rehearsal's bootstraps run on a test clock); real time by default.</param>
    public FakeRuntimeApiServer(Func<DateTimeOffset>? now = null)
    {
        _now = now ?? (() => DateTimeOffset.UtcNow);
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public int Port { get; }

    /// <summary>The value for AWS_LAMBDA_RUNTIME_API.</summary>
    public string Address => $"127.0.0.1:{Port}";

    public int NextCalls => Volatile.Read(ref _nextCalls);

    /// <summary>Queues an event and returns its request id.</summary>
    public string Enqueue(byte[] payload, string? traceId = null, TimeSpan? timeout = null)
    {
        var id = Guid.NewGuid().ToString();
        _results[id] = new TaskCompletionSource<PostedResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        _events.Writer.TryWrite((id, payload, traceId, timeout ?? TimeSpan.FromSeconds(30)));
        return id;
    }

    public string Enqueue(string json, string? traceId = null) => Enqueue(System.Text.Encoding.UTF8.GetBytes(json), traceId);

    public Task<PostedResult> ResultOf(string requestId, TimeSpan timeout) => _results[requestId].Task.WaitAsync(timeout);

    public Task<PostedResult> InitError(TimeSpan timeout) => _initError.Task.WaitAsync(timeout);

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception) when (_stop.IsCancellationRequested) { return; }
            catch (HttpListenerException) { return; }
            catch (ObjectDisposedException) { return; }
            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        var response = context.Response;
        try
        {
            if (context.Request.HttpMethod == "GET" && path == "/2018-06-01/runtime/invocation/next")
            {
                Interlocked.Increment(ref _nextCalls);
                var (id, payload, trace, timeout) = await _events.Reader.ReadAsync(_stop.Token);
                // Like Lambda, the clock starts when the event is handed out, not when it was queued.
                var deadline = _now().Add(timeout).ToUnixTimeMilliseconds();
                response.Headers["Lambda-Runtime-Aws-Request-Id"] = id;
                response.Headers["Lambda-Runtime-Deadline-Ms"] = deadline.ToString(System.Globalization.CultureInfo.InvariantCulture);
                response.Headers["Lambda-Runtime-Invoked-Function-Arn"] = "arn:aws:lambda:ap-southeast-1:123456789012:function:fc-test";
                if (trace is not null) response.Headers["Lambda-Runtime-Trace-Id"] = trace;
                response.ContentType = "application/json";
                await response.OutputStream.WriteAsync(payload);
                response.Close();
                return;
            }
            var body = await new StreamReader(context.Request.InputStream).ReadToEndAsync();
            var errorType = context.Request.Headers["Lambda-Runtime-Function-Error-Type"];
            Record(path, body, errorType);
            response.StatusCode = 202;
            response.Close();
        }
        catch (OperationCanceledException)
        {
            response.Abort();
        }
    }

    private void Record(string path, string body, string? errorType)
    {
        const string prefix = "/2018-06-01/runtime/invocation/";
        if (path == "/2018-06-01/runtime/init/error")
        {
            _initError.TrySetResult(new PostedResult(null, true, body, errorType));
            return;
        }
        if (!path.StartsWith(prefix, StringComparison.Ordinal)) return;
        var rest = path[prefix.Length..].Split('/');
        var id = Uri.UnescapeDataString(rest[0]);
        if (_results.TryGetValue(id, out var result))
        {
            result.TrySetResult(new PostedResult(id, rest[1] == "error", body, errorType));
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Close();
        try { await _serving.WaitAsync(TimeSpan.FromSeconds(5)); } catch (TimeoutException) { }
        _stop.Dispose();
    }
}
