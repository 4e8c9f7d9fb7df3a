using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace FeedbackCollector.Local.Tests.TestSupport;

/// <summary>A stand-in for slack.com/api on 127.0.0.1 that records requests and answers as told.</summary>
public sealed class FakeSlackServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    public FakeSlackServer()
    {
        Port = FreePort.Next();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public Uri ApiBase => new($"http://127.0.0.1:{Port}/api/");

    public int Status { get; set; } = 200;

    public string Body { get; set; } = """{"ok":true,"channel":"D1","ts":"1.2"}""";

    public ConcurrentQueue<(string Path, string? Authorization, string Body)> Requests { get; } = new();

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            Requests.Enqueue((context.Request.Url!.AbsolutePath, context.Request.Headers["Authorization"], await reader.ReadToEndAsync()));
            context.Response.StatusCode = Status;
            context.Response.ContentType = "application/json";
            var bytes = Encoding.UTF8.GetBytes(Body);
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(2));
    }
}
