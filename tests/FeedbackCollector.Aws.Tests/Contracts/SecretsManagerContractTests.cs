using System.Text.Json;
using FeedbackCollector.Aws.Http;
using FeedbackCollector.Aws.Secrets;
using FeedbackCollector.Aws.Tests.Http;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Testing.Contracts;

namespace FeedbackCollector.Aws.Tests.Contracts;

/// <summary>Secrets Manager against moto_server passes the contract the local secrets folder passes.</summary>
public sealed class SecretsManagerContractTests : SecretSourceContract
{
    protected override async Task<ISecretSource> CreateSourceAsync(IReadOnlyDictionary<string, string> secrets)
    {
        var client = TestClients.Moto(AwsService.SecretsManager);
        foreach (var (name, value) in secrets)
        {
            var body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["Name"] = name, ["SecretString"] = value });
            await client.SendAsync(new AwsCall(HttpMethod.Post, [], body, "application/x-amz-json-1.1",
                Headers: [new("X-Amz-Target", "secretsmanager.CreateSecret")]), default);
        }
        return new SecretsManagerSecretSource(client);
    }
}
