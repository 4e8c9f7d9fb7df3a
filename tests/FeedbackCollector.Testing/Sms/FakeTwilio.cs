using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using FeedbackCollector.Testing.Contracts;

namespace FeedbackCollector.Testing.Sms;

/// <summary>
/// Twilio's Messages API on 127.0.0.1, as far as the sender uses it: basic auth with the account SID and token,
/// a form with To/From/Body, 201 with a message sid, and Twilio's JSON errors (21211 invalid number, 429, 503).
/// </summary>
public sealed class FakeTwilio : IAsyncDisposable
{
    public const string Sid = "AC0123456789abcdef0123456789abcdef";
    public const string Token = "twilio-auth-token";
    private readonly HttpListener _listener = new();
    private int _count;

    public FakeTwilio(SmsNetwork network = SmsNetwork.Reachable, int refusedCode = 21211)
    {
        (Network, RefusedCode) = (network, refusedCode);
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        BaseUri = new Uri($"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/");
        probe.Stop();
        _listener.Prefixes.Add(BaseUri.ToString());
        _listener.Start();
        _ = Task.Run(LoopAsync);
    }

    public SmsNetwork Network { get; set; }

    public int RefusedCode { get; }

    public Uri BaseUri { get; }

    public ConcurrentQueue<DeliveredSms> Delivered { get; } = new();

    public ConcurrentQueue<string> FromValues { get; } = new();

    public ValueTask DisposeAsync()
    {
        _listener.Close();
        return ValueTask.CompletedTask;
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (HttpListenerException) { return; }
            catch (ObjectDisposedException) { return; }
            await HandleAsync(context);
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var form = (await reader.ReadToEndAsync()).Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2)).ToDictionary(p => WebUtility.UrlDecode(p[0]), p => WebUtility.UrlDecode(p.ElementAtOrDefault(1) ?? ""));
        var expectedAuth = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(Sid + ":" + Token));
        var (status, body) =
            context.Request.Headers["Authorization"] != expectedAuth ? (401, """{"code":20003,"message":"Authenticate","status":401}""")
            : context.Request.RawUrl != $"/2010-04-01/Accounts/{Sid}/Messages.json" ? (404, """{"code":20404,"message":"not found","status":404}""")
            : Network switch
            {
                SmsNetwork.NumberRefused => (400, $$"""{"code":{{RefusedCode}},"message":"The 'To' number is not valid.","status":400}"""),
                SmsNetwork.Unavailable => (++_count % 2 == 0 ? 429 : 503, """{"code":20429,"message":"Too Many Requests","status":429}"""),
                _ => Accept(form),
            };
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        var bytes = Encoding.UTF8.GetBytes(body);
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }

    private (int, string) Accept(Dictionary<string, string> form)
    {
        Delivered.Enqueue(new DeliveredSms(form["To"], form["Body"]));
        FromValues.Enqueue(form.GetValueOrDefault("From") ?? "MessagingServiceSid=" + form.GetValueOrDefault("MessagingServiceSid"));
        return (201, $$"""{"sid":"SM{{Guid.NewGuid():N}}","status":"queued"}""");
    }
}
