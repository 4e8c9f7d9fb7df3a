using System.Net.Http.Headers;
using System.Text.Json;

namespace FeedbackCollector.Lambda.Runtime;

/// <summary>The Runtime API over HTTP at AWS_LAMBDA_RUNTIME_API (host:port, no scheme).</summary>
internal sealed class HttpRuntimeApi(HttpClient http) : IRuntimeApi
{
    private const string Version = "/2018-06-01/runtime";
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    /// <summary>A client for the given host:port. The next call blocks for as long as Lambda has no event, so no timeout.</summary>
    public static HttpRuntimeApi For(string hostAndPort) =>
        new(new HttpClient { BaseAddress = new Uri("http://" + hostAndPort), Timeout = Timeout.InfiniteTimeSpan });

    public async Task<Invocation> NextAsync(CancellationToken ct)
    {
        using var response = await http.GetAsync(Version + "/invocation/next", ct);
        await EnsureOkAsync(response, "next", ct);
        var headers = response.Headers;
        var requestId = Header(headers, "Lambda-Runtime-Aws-Request-Id")
            ?? throw new RuntimeApiException("next: the Lambda-Runtime-Aws-Request-Id header is missing");
        _ = long.TryParse(Header(headers, "Lambda-Runtime-Deadline-Ms"), out var deadline);
        var payload = await response.Content.ReadAsByteArrayAsync(ct);
        return new Invocation(requestId, deadline, Header(headers, "Lambda-Runtime-Invoked-Function-Arn"),
            Header(headers, "Lambda-Runtime-Trace-Id"), payload);
    }

    public Task RespondAsync(string requestId, byte[] payload, CancellationToken ct) =>
        PostAsync($"{Version}/invocation/{Uri.EscapeDataString(requestId)}/response", Body(payload), null, ct);

    public Task ReportInvocationErrorAsync(string requestId, RuntimeError error, CancellationToken ct) =>
        PostAsync($"{Version}/invocation/{Uri.EscapeDataString(requestId)}/error", ErrorBody(error), error.ErrorType, ct);

    public Task ReportInitErrorAsync(RuntimeError error, CancellationToken ct) =>
        PostAsync(Version + "/init/error", ErrorBody(error), error.ErrorType, ct);

    private async Task PostAsync(string path, HttpContent content, string? errorType, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        if (errorType is not null) request.Headers.TryAddWithoutValidation("Lambda-Runtime-Function-Error-Type", errorType);
        using var response = await http.SendAsync(request, ct);
        await EnsureOkAsync(response, path, ct);
    }

    private static ByteArrayContent Body(byte[] payload)
    {
        var content = new ByteArrayContent(payload);
        content.Headers.ContentType = Json;
        return content;
    }

    private static ByteArrayContent ErrorBody(RuntimeError error) =>
        Body(JsonSerializer.SerializeToUtf8Bytes(error, RuntimeJsonContext.Default.RuntimeError));

    private static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static async Task EnsureOkAsync(HttpResponseMessage response, string call, CancellationToken ct)
    {
        if (response.IsSuccessStatusCode) return;
        var body = await response.Content.ReadAsStringAsync(ct);
        throw new RuntimeApiException($"{call}: the Runtime API answered {(int)response.StatusCode}: {Cap(body)}");
    }

    private static string Cap(string text) => text.Length <= 300 ? text : text[..300];
}

/// <summary>The Runtime API refused a call or answered in a shape we cannot use.</summary>
internal sealed class RuntimeApiException(string message) : Exception(message);
