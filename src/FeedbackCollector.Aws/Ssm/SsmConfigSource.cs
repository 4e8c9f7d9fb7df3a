using Amazon.SimpleSystemsManagement;
using Amazon.SimpleSystemsManagement.Model;
using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Aws.Ssm;

/// <summary>
/// Operator settings from Parameter Store under one path (default /fc/config/). Keys are the names
/// below the path ("/fc/config/timezone" → "timezone"); the origin names the parameter for `doctor`.
/// </summary>
public sealed class SsmConfigSource(IAmazonSimpleSystemsManagement client, string path = "/fc/config/") : IConfigSource
{
    public async Task<IReadOnlyDictionary<string, ConfigValue>> LoadAsync(CancellationToken ct = default)
    {
        var prefix = path.EndsWith('/') ? path : path + "/";
        var values = new Dictionary<string, ConfigValue>(StringComparer.OrdinalIgnoreCase);
        var request = new GetParametersByPathRequest { Path = prefix, Recursive = true, WithDecryption = true };
        do
        {
            var response = await client.GetParametersByPathAsync(request, ct).ConfigureAwait(false);
            foreach (var p in response.Parameters ?? [])
            {
                var key = p.Name[prefix.Length..];
                values[key] = new ConfigValue(key, p.Value, "ssm:" + p.Name);
            }
            request.NextToken = response.NextToken;
        } while (!string.IsNullOrEmpty(request.NextToken));
        return values;
    }
}
