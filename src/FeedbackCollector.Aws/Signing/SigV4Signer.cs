using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace FeedbackCollector.Aws.Signing;

/// <summary>
/// AWS Signature Version 4 for HTTP requests. <see cref="Compute"/> is the pure algorithm (checked
/// against AWS's published test suite and botocore); <see cref="Sign"/> applies it to an outgoing
/// <see cref="HttpRequestMessage"/>, adding host, x-amz-date, x-amz-security-token for session
/// credentials and, when asked (S3), x-amz-content-sha256.
/// </summary>
public static class SigV4Signer
{
    public const string Algorithm = "AWS4-HMAC-SHA256";
    public const string EmptyPayloadHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    /// <summary>Headers clients or proxies change in flight, which botocore never signs either.</summary>
    private static readonly HashSet<string> Unsigned =
        new(StringComparer.OrdinalIgnoreCase) { "authorization", "user-agent", "expect", "transfer-encoding", "x-amzn-trace-id", "content-length" };

    public static SigV4Signature Compute(SigV4Request request, AwsCredentials credentials,
        string region, string service, DateTimeOffset at, bool singleEncodePath = false)
    {
        var amzDate = AmzDate(at);
        var date = amzDate[..8];
        var (headerBlock, signedHeaders) = SigV4Canonical.Headers(request.Headers);
        var canonical = string.Join('\n',
            request.Method.ToUpperInvariant(),
            SigV4Canonical.Path(request.Uri.AbsolutePath, singleEncodePath),
            SigV4Canonical.Query(request.Uri.Query),
            headerBlock,
            signedHeaders,
            request.PayloadHash);
        var scope = $"{date}/{region}/{service}/aws4_request";
        var stringToSign = string.Join('\n', Algorithm, amzDate, scope, Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical))));
        var key = SigningKey(credentials.SecretAccessKey, date, region, service);
        var signature = Hex(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign)));
        var authorization = $"{Algorithm} Credential={credentials.AccessKeyId}/{scope}, SignedHeaders={signedHeaders}, Signature={signature}";
        return new SigV4Signature(canonical, stringToSign, signedHeaders, signature, authorization);
    }

    /// <summary>
    /// Signs <paramref name="message"/> in place. <paramref name="body"/> must be the exact bytes of its content.
    /// Signs host, content-type, every x-amz-* header and any other header already set on the message.
    /// </summary>
    public static SigV4Signature Sign(HttpRequestMessage message, ReadOnlySpan<byte> body, AwsCredentials credentials,
        string region, string service, DateTimeOffset at, bool s3 = false)
    {
        var uri = message.RequestUri ?? throw new ArgumentException("The request has no URI.", nameof(message));
        var payloadHash = Hex(SHA256.HashData(body));
        message.Headers.Host = uri.Authority;
        Replace(message.Headers, "x-amz-date", AmzDate(at));
        if (credentials.SessionToken is { } token) Replace(message.Headers, "x-amz-security-token", token);
        if (s3) Replace(message.Headers, "x-amz-content-sha256", payloadHash);
        var signature = Compute(new SigV4Request(message.Method.Method, uri, HeadersToSign(message), payloadHash),
            credentials, region, service, at, singleEncodePath: s3);
        message.Headers.TryAddWithoutValidation("Authorization", signature.Authorization);
        return signature;
    }

    public static byte[] SigningKey(string secret, string date, string region, string service)
    {
        var kDate = HMACSHA256.HashData(Encoding.UTF8.GetBytes("AWS4" + secret), Encoding.UTF8.GetBytes(date));
        var kRegion = HMACSHA256.HashData(kDate, Encoding.UTF8.GetBytes(region));
        var kService = HMACSHA256.HashData(kRegion, Encoding.UTF8.GetBytes(service));
        return HMACSHA256.HashData(kService, "aws4_request"u8);
    }

    public static string AmzDate(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static List<KeyValuePair<string, string>> HeadersToSign(HttpRequestMessage message)
    {
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var header in message.Headers)
        {
            if (Unsigned.Contains(header.Key)) continue;
            foreach (var value in header.Value) headers.Add(new(header.Key, value));
        }
        if (message.Content?.Headers.ContentType is { } contentType)
        {
            headers.Add(new("content-type", contentType.ToString()));
        }
        return headers;
    }

    private static void Replace(HttpRequestHeaders headers, string name, string value)
    {
        headers.Remove(name);
        headers.TryAddWithoutValidation(name, value);
    }

    private static string Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(bytes);
}
