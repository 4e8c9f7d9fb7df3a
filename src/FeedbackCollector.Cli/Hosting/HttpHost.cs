using System.Buffers;
using System.Globalization;
using FeedbackCollector.Cli.Composition;
using FeedbackCollector.Web.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace FeedbackCollector.Cli.Hosting;

/// <summary>
/// Kestrel as a pipe: every request becomes a <see cref="WebRequest"/> for Web's router and its
/// <see cref="WebResponse"/> is written back as it is. No page or rule lives here. The only extra routes
/// are /_test/* for end-to-end tests, present only when test_control is on.
/// </summary>
internal static class HttpHost
{
    public static WebApplication Build(Collector collector, AdjustableClock? testClock)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // The hosting layer starts an Activity and a log scope for every request whenever its logger is enabled at any
        // level; it logs nothing we keep (request start/finish are Information), so it is switched off, not filtered.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None);
        builder.WebHost.UseUrls(collector.Settings.HttpListen);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = collector.Settings.Web.MaxBodyBytes + 1);
        var app = builder.Build();
        if (collector.Settings.TestControl && testClock is not null) TestControl.Map(app, collector, testClock);
        app.Run(context => HandleAsync(collector, context));
        return app;
    }

    private static async Task HandleAsync(Collector collector, HttpContext context)
    {
        var request = await ToWebRequestAsync(context.Request, collector.Settings.Web.MaxBodyBytes, context.RequestAborted);
        WebResponse response;
        try
        {
            response = await collector.Web.Handle(request, context.RequestAborted);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            collector.Log($"{request.Method} {request.Path.Split('/').ElementAtOrDefault(1)}: 500 {ex.GetType().Name}: {ex.Message}");
            response = WebResponse.Text(500, "Something went wrong on our side; please try again in a minute.");
        }
        await WriteAsync(context.Response, response, context.RequestAborted);
    }

    private static async Task<WebRequest> ToWebRequestAsync(HttpRequest http, int maxBody, CancellationToken ct)
    {
        var body = await ReadBodyAsync(http, maxBody, ct);
        var headers = new Dictionary<string, string>(http.Headers.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in http.Headers) headers[name] = value.ToString();
        IReadOnlyDictionary<string, string> query = http.QueryString.HasValue
            ? http.Query.ToDictionary(q => q.Key, q => q.Value.FirstOrDefault() ?? "", StringComparer.OrdinalIgnoreCase)
            : NoQuery;
        return new WebRequest(http.Method, http.Path.Value ?? "/", query, headers, body,
            http.HttpContext.Connection.RemoteIpAddress?.ToString());
    }

    private static readonly Dictionary<string, string> NoQuery = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The body, read one byte past the limit so Web can answer 413 rather than see a cut body. A request that cannot
    /// have one (the star page's GET) costs no buffer; a body is read into a pooled one and copied out at its size.
    /// </summary>
    private static async Task<byte[]> ReadBodyAsync(HttpRequest http, int maxBody, CancellationToken ct)
    {
        if (http.HttpContext.Features.Get<IHttpRequestBodyDetectionFeature>() is { CanHaveBody: false }) return [];
        var pool = ArrayPool<byte>.Shared;
        var buffer = pool.Rent(http.ContentLength is long n and < MaxFirstRead ? (int)n + 1 : MaxFirstRead);
        try
        {
            var length = 0;
            while (length <= maxBody)
            {
                if (length == buffer.Length)
                {
                    var larger = pool.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(larger);
                    pool.Return(buffer);
                    buffer = larger;
                }
                var read = await http.Body.ReadAsync(buffer.AsMemory(length), ct);
                if (read == 0) break;
                length += read;
            }
            return buffer.AsSpan(0, length).ToArray();
        }
        finally
        {
            pool.Return(buffer);
        }
    }

    private const int MaxFirstRead = 16 * 1024;

    private static async Task WriteAsync(HttpResponse http, WebResponse response, CancellationToken ct)
    {
        http.StatusCode = response.Status;
        http.ContentType = response.ContentType;
        foreach (var (name, value) in response.Headers) http.Headers[name] = value;
        http.ContentLength = response.Body.Length;
        if (response.Body.Length > 0) await http.Body.WriteAsync(response.Body, ct);
    }

    /// <summary>Test-only: read or move the clock, and run one scheduler poll now instead of waiting for the next.</summary>
    private static class TestControl
    {
        public static void Map(WebApplication app, Collector collector, AdjustableClock clock) =>
            app.Use(next => context => context.Request.Path.StartsWithSegments("/_test", StringComparison.Ordinal)
                ? HandleAsync(context, collector, clock)
                : next(context));

        private static async Task HandleAsync(HttpContext context, Collector collector, AdjustableClock clock)
        {
            var request = context.Request;
            var ct = context.RequestAborted;
            string answer;
            switch (request.Method, request.Path.Value)
            {
                case ("POST", "/_test/tick"):
                    await collector.Watcher.PollOnceAsync(ct);
                    answer = (await collector.Loop.RunOnceAsync(ct)).ToString(CultureInfo.InvariantCulture);
                    break;
                case ("POST", "/_test/clock"):
                    if (request.Query["to"].FirstOrDefault() is { } to) clock.AdvanceTo(DateTimeOffset.Parse(to, CultureInfo.InvariantCulture));
                    if (request.Query["advance"].FirstOrDefault() is { } s) clock.Advance(TimeSpan.FromSeconds(double.Parse(s, CultureInfo.InvariantCulture)));
                    answer = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
                    break;
                case ("GET", "/_test/clock"):
                    answer = clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
                    break;
                default:
                    context.Response.StatusCode = 404;
                    return;
            }
            context.Response.ContentType = "text/plain";
            await context.Response.WriteAsync(answer, ct);
        }
    }
}
