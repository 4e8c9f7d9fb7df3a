using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace FeedbackCollector.Testing.Faults;

/// <summary>
/// An HTTP proxy on 127.0.0.1 in front of moto (or any fake service): each request is forwarded unchanged unless a
/// scripted fault matches it. <see cref="Inject"/> queues faults for the next requests a predicate picks (in order);
/// every other request passes. It speaks raw HTTP/1.1 over TCP so that a dropped connection is a real reset, not a
/// polite empty answer; connections are served concurrently, so a hanging request does not hold up the client's retry.
/// </summary>
public sealed class FaultProxy : IDisposable
{
    private static readonly HashSet<string> HopHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Connection", "Keep-Alive", "Transfer-Encoding", "Content-Length", "Expect", "Proxy-Connection", "TE", "Upgrade",
    };

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly HttpClient _upstream = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };
    private readonly CancellationTokenSource _stop = new();
    private readonly Uri _target;
    private readonly Lock _gate = new();
    private readonly List<(Func<ProxiedRequest, bool> Match, Queue<Fault> Faults)> _script = [];

    public FaultProxy(Uri upstream)
    {
        _target = upstream ?? throw new ArgumentNullException(nameof(upstream));
        _listener.Start();
        BaseUri = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _ = Task.Run(LoopAsync);
    }

    public Uri BaseUri { get; }

    /// <summary>Every request seen, with the fault it met (null: passed through).</summary>
    public ConcurrentQueue<(ProxiedRequest Request, Fault? Fault)> Seen { get; } = new();

    /// <summary>The next requests <paramref name="match"/> picks meet <paramref name="faults"/>, one each, in order.</summary>
    public FaultProxy Inject(Func<ProxiedRequest, bool> match, params Fault[] faults)
    {
        lock (_gate) _script.Add((match, new Queue<Fault>(faults)));
        return this;
    }

    /// <summary>How many requests of an operation were seen (e.g. the retries of one call).</summary>
    public int Attempts(string operation) => Seen.Count(s => s.Request.Operation == operation);

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _upstream.Dispose();
        _stop.Dispose();
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException or OperationCanceledException)
            {
                return;
            }
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    // One connection: requests in turn until the client closes it or a fault ends it.
    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = new BufferedStream(client.GetStream());
                while (await HttpWire.ReadRequestAsync(stream, _stop.Token) is { } request)
                {
                    var fault = Next(request);
                    Seen.Enqueue((request, fault));
                    if (!await ApplyAsync(client, stream, request, fault)) return;
                }
            }
            catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or OperationCanceledException
                or EndOfStreamException or HttpRequestException)
            {
                // the client went away (its timeout) or the proxy is closing
            }
        }
    }

    private Fault? Next(ProxiedRequest request)
    {
        lock (_gate)
        {
            foreach (var (match, faults) in _script)
            {
                if (faults.Count > 0 && match(request)) return faults.Dequeue();
            }
            return null;
        }
    }

    /// <summary>False when the connection is to be dropped.</summary>
    private async Task<bool> ApplyAsync(TcpClient client, Stream stream, ProxiedRequest request, Fault? fault)
    {
        var ct = _stop.Token;
        switch (fault)
        {
            case null:
                await RelayAsync(stream, request, await ForwardAsync(request), ct);
                return true;
            case ThrottleFault:
                await WriteErrorAsync(stream, ServiceError.Throttle(request.Service), ct);
                return true;
            case StatusFault status:
                await WriteErrorAsync(stream, ServiceError.Server(request.Service, status.Code), ct);
                return true;
            case HangFault hang:
                if (hang.Forward) (await ForwardAsync(request)).Dispose();
                await Task.Delay(hang.Span, ct);
                Reset(client);
                return false;
            case DropFault drop:
                if (drop.Forward) (await ForwardAsync(request)).Dispose();
                Reset(client);
                return false;
            default:
                throw new InvalidOperationException("unknown fault " + fault);
        }
    }

    // A reset (RST), as a crashed peer or a cut network gives, rather than an orderly close.
    private static void Reset(TcpClient client)
    {
        client.LingerState = new LingerOption(true, 0);
        client.Close();
    }

    private async Task<HttpResponseMessage> ForwardAsync(ProxiedRequest request)
    {
        var message = new HttpRequestMessage(new HttpMethod(request.Method), new Uri(_target, request.PathAndQuery));
        if (request.Body.Length > 0 || request.Method is "POST" or "PUT") message.Content = new ByteArrayContent(request.Body);
        foreach (var (name, value) in request.Headers)
        {
            if (HopHeaders.Contains(name)) continue;
            if (!message.Headers.TryAddWithoutValidation(name, value)) message.Content?.Headers.TryAddWithoutValidation(name, value);
        }
        return await _upstream.SendAsync(message, _stop.Token);
    }

    private static async Task RelayAsync(Stream stream, ProxiedRequest request, HttpResponseMessage upstream, CancellationToken ct)
    {
        using (upstream)
        {
            var body = await upstream.Content.ReadAsByteArrayAsync(ct);
            var headers = upstream.Headers.Concat(upstream.Content.Headers)
                .Where(h => !HopHeaders.Contains(h.Key) || (request.Method == "HEAD" && h.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)))
                .Select(h => KeyValuePair.Create(h.Key, string.Join(",", h.Value)));
            await HttpWire.WriteResponseAsync(stream, (int)upstream.StatusCode, headers, body, request.Method == "HEAD", ct);
        }
    }

    private static Task WriteErrorAsync(Stream stream, ServiceError error, CancellationToken ct) =>
        HttpWire.WriteResponseAsync(stream, error.Status,
            error.Headers.Append(KeyValuePair.Create("Content-Type", error.ContentType)), error.BodyBytes, headOnly: false, ct);
}
