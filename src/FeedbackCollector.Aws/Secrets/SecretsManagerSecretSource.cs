using System.Collections.Concurrent;
using System.Text;
using FeedbackCollector.Aws.Http;
using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Aws.Secrets;

/// <summary>
/// Secrets Manager GetSecretValue (AWSCURRENT). Values are cached for the life of the process (one Lambda
/// execution environment), a missing secret included, so a warm invocation makes no call; a failed call is
/// not cached. A binary secret is returned as its UTF-8 text.
/// </summary>
public sealed class SecretsManagerSecretSource(AwsServiceClient client) : ISecretSource
{
    private readonly ConcurrentDictionary<string, string?> _cache = new(StringComparer.Ordinal);

    public async Task<string?> GetAsync(string name, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (_cache.TryGetValue(name, out var cached)) return cached;
        var value = await FetchAsync(name, ct).ConfigureAwait(false);
        _cache[name] = value;
        return value;
    }

    private async Task<string?> FetchAsync(string name, CancellationToken ct)
    {
        var body = AwsJson.Serialize(new GetSecretValueRequest(name), SecretsManagerJsonContext.Default.GetSecretValueRequest);
        AwsResponse response;
        try
        {
            response = await client.SendAsync(new AwsCall(HttpMethod.Post, [], body, "application/x-amz-json-1.1",
                Headers: [new("X-Amz-Target", "secretsmanager.GetSecretValue")]), ct).ConfigureAwait(false);
        }
        catch (AwsServiceException e) when (e.ErrorCode == "ResourceNotFoundException")
        {
            return null;
        }
        var parsed = AwsJson.TryDeserialize(response.Body, SecretsManagerJsonContext.Default.GetSecretValueResponse)
            ?? throw new AwsServiceException("secretsmanager", "MalformedResponse", response.StatusCode, "GetSecretValue answer is not JSON");
        if (parsed.SecretString is not null) return parsed.SecretString;
        return parsed.SecretBinary is { } binary ? Encoding.UTF8.GetString(Convert.FromBase64String(binary)) : null;
    }
}
