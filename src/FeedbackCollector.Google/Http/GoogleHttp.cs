using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FeedbackCollector.Google.Auth;

namespace FeedbackCollector.Google.Http;

/// <summary>
/// Authorized calls to Google APIs (GETs, and the JSON POST/PUT a Sheets append needs): bearer token, one retry after a 401 with a fresh token,
/// response size cap, errors mapped to <see cref="GoogleApiException"/> with a transient flag.
/// </summary>
internal sealed class GoogleHttp(HttpClient http, IGoogleAccessTokenSource tokens)
{
    public async Task<T> GetJsonAsync<T>(Uri uri, JsonTypeInfo<T> type, int maxBytes, CancellationToken ct)
    {
        var body = await GetBytesAsync(uri, maxBytes, ct);
        try
        {
            return JsonSerializer.Deserialize(body, type)
                ?? throw new GoogleApiException($"GET {uri.AbsolutePath} answered null.", 200, "badResponse", isTransient: false);
        }
        catch (JsonException e)
        {
            throw new GoogleApiException($"GET {uri.AbsolutePath} answered JSON of an unexpected shape: {e.Message}", 200, "badResponse", isTransient: false, e);
        }
    }

    public Task<byte[]> GetBytesAsync(Uri uri, int maxBytes, CancellationToken ct) => SendForBytesAsync(HttpMethod.Get, uri, null, maxBytes, ct);

    /// <summary>A JSON body sent with POST or PUT; the answer's bytes (capped). Not retried after a 5xx: the caller's caller retries.</summary>
    public Task<byte[]> SendJsonAsync(HttpMethod method, Uri uri, byte[] json, int maxBytes, CancellationToken ct) =>
        SendForBytesAsync(method, uri, json, maxBytes, ct);

    private async Task<byte[]> SendForBytesAsync(HttpMethod method, Uri uri, byte[]? json, int maxBytes, CancellationToken ct)
    {
        using var response = await SendAsync(method, uri, json, ct);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            // A cached token can be revoked or expire early; one fresh try tells that from a real refusal.
            tokens.Invalidate();
            using var retry = await SendAsync(method, uri, json, ct);
            return await ReadAsync(retry, uri, maxBytes, ct);
        }
        return await ReadAsync(response, uri, maxBytes, ct);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, Uri uri, byte[]? json, CancellationToken ct)
    {
        var token = await tokens.GetAccessTokenAsync(ct);
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (json is not null) request.Content = new ByteArrayContent(json) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };
        try
        {
            return await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        }
        catch (HttpRequestException e)
        {
            throw new GoogleApiException($"GET {uri.AbsolutePath} could not reach Google: {e.Message}", null, "network", isTransient: true, e);
        }
        catch (TaskCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new GoogleApiException($"GET {uri.AbsolutePath} timed out.", null, "timeout", isTransient: true, e);
        }
    }

    private static async Task<byte[]> ReadAsync(HttpResponseMessage response, Uri uri, int maxBytes, CancellationToken ct)
    {
        var body = await ReadCappedAsync(response, uri, maxBytes, ct);
        if (response.IsSuccessStatusCode) return body;
        var (code, message) = GoogleErrors.Read(Encoding.UTF8.GetString(body));
        throw new GoogleApiException(
            GoogleErrors.Describe("GET " + uri.AbsolutePath, response.StatusCode, code, message),
            (int)response.StatusCode, code, GoogleErrors.IsTransient(response.StatusCode, code));
    }

    internal static async Task<byte[]> ReadCappedAsync(HttpResponseMessage response, Uri uri, int maxBytes, CancellationToken ct)
    {
        if (response.Content.Headers.ContentLength > maxBytes) throw TooLarge(uri, maxBytes);
        await using var stream = await response.Content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes) throw TooLarge(uri, maxBytes);
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static GoogleApiException TooLarge(Uri uri, int maxBytes) =>
        new($"GET {uri.AbsolutePath} answered more than {maxBytes} bytes.", null, "tooLarge", isTransient: false);
}
