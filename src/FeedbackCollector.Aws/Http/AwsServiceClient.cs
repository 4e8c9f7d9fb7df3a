using System.Net.Http.Headers;
using System.Text;
using FeedbackCollector.Aws.Signing;

namespace FeedbackCollector.Aws.Http;

/// <summary>
/// Sends SigV4-signed requests to one AWS service and retries transient failures (throttling, 5xx,
/// timeouts, network errors) with backoff on the injected <see cref="TimeProvider"/>; a non-idempotent call only
/// when the service answered (see <see cref="AwsCall"/>). A request is signed
/// afresh on every attempt, so a retry never carries a stale date. Non-2xx answers become
/// <see cref="AwsServiceException"/>.
/// </summary>
public sealed class AwsServiceClient(HttpClient http, AwsEndpoint endpoint, IAwsCredentialsProvider credentials,
    TimeProvider time, AwsRetryOptions? retry = null)
{
    private readonly AwsRetryOptions _retry = retry ?? AwsRetryOptions.Default;

    public AwsEndpoint Endpoint => endpoint;

    /// <summary>A client for <paramref name="service"/> with endpoint, region and credentials from the environment.</summary>
    public static AwsServiceClient FromEnvironment(AwsService service, HttpClient http, IEnvironmentVariables environment,
        TimeProvider time, AwsRetryOptions? retry = null) =>
        new(http, AwsEndpoint.Resolve(service, environment), new EnvironmentCredentialsProvider(environment), time, retry);

    internal async Task<AwsResponse> SendAsync(AwsCall call, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await SendOnceAsync(call, ct).ConfigureAwait(false);
            }
            catch (AwsServiceException e) when (e.Transient && attempt < _retry.MaxAttempts && (call.Idempotent || !e.MayHaveActed))
            {
                await Task.Delay(_retry.DelayBefore(attempt), time, ct).ConfigureAwait(false);
            }
        }
    }

    private async Task<AwsResponse> SendOnceAsync(AwsCall call, CancellationToken ct)
    {
        using var request = Build(call);
        SigV4Signer.Sign(request, call.Body ?? [], credentials.GetCredentials(), endpoint.Region, endpoint.SigningName, time.GetUtcNow());
        try
        {
            using var response = await http.SendAsync(request, ct).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync(ct).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (status is >= 200 and < 300) return new AwsResponse(status, body);
            var (code, message) = AwsErrorParser.Parse(status, response.Headers, body);
            throw new AwsServiceException(endpoint.SigningName, code, status, message);
        }
        catch (HttpRequestException e)
        {
            // Only a connection that was never made is sure not to have carried the request.
            var unsent = e.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError;
            throw new AwsServiceException(endpoint.SigningName, "NetworkError", 0, e.Message, e) { MayHaveActed = !unsent };
        }
        catch (OperationCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new AwsServiceException(endpoint.SigningName, "RequestTimeout", 0, "no answer before the HTTP timeout", e) { MayHaveActed = true };
        }
    }

    private HttpRequestMessage Build(AwsCall call)
    {
        var request = new HttpRequestMessage(call.Method, BuildUri(call));
        if (call.Body is not null)
        {
            request.Content = new ByteArrayContent(call.Body);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(call.ContentType ?? "application/json");
        }
        foreach (var (name, value) in call.Headers ?? []) request.Headers.TryAddWithoutValidation(name, value);
        return request;
    }

    private Uri BuildUri(AwsCall call)
    {
        var basePath = endpoint.BaseUri.AbsolutePath.TrimEnd('/');
        var path = new StringBuilder(basePath);
        foreach (var segment in call.PathSegments) path.Append('/').Append(SigV4Canonical.UriEncode(segment));
        if (path.Length == 0) path.Append('/');
        var query = call.Query is { Count: > 0 } q
            ? "?" + string.Join('&', q.Select(p => SigV4Canonical.UriEncode(p.Key) + "=" + SigV4Canonical.UriEncode(p.Value)))
            : "";
        return new Uri(endpoint.BaseUri.GetLeftPart(UriPartial.Authority) + path + query, UriKind.Absolute);
    }
}
