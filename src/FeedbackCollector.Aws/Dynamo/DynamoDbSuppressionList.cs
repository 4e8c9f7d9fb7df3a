using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using FeedbackCollector.Core.Ports;
using static FeedbackCollector.Aws.Dynamo.DynamoValues;

namespace FeedbackCollector.Aws.Dynamo;

/// <summary>
/// Suppressed addresses live in fc-state under the reserved partition "#suppressed" (ask stores skip
/// partitions starting with '#'), so the design needs no fourth table. The first reason is kept.
/// </summary>
public sealed class DynamoDbSuppressionList(IAmazonDynamoDB client, DynamoTables tables) : ISuppressionList
{
    internal const string Partition = "#suppressed";

    private const int MaxKeysPerBatchGet = 100;

    public async Task<bool> IsSuppressedAsync(string address, CancellationToken ct = default)
    {
        var response = await client.GetItemAsync(new GetItemRequest
        {
            TableName = tables.State,
            Key = Key("customer_id", Partition, "ask_id", Normalize(address)),
            ConsistentRead = true,
        }, ct).ConfigureAwait(false);
        return response.Item is { Count: > 0 };
    }

    /// <summary>BatchGetItem of the addresses' keys, 100 a request (its limit), consistent like the single read.</summary>
    public async Task<IReadOnlySet<string>> SuppressedAmongAsync(IReadOnlyCollection<string> addresses, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        var byKey = addresses.ToLookup(Normalize, StringComparer.Ordinal);
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in byKey.Select(g => g.Key).Chunk(MaxKeysPerBatchGet))
        {
            var read = await BatchGets.ReadAsync(client, new Dictionary<string, KeysAndAttributes>
            {
                [tables.State] = new() { Keys = [.. chunk.Select(k => Key("customer_id", Partition, "ask_id", k))], ConsistentRead = true },
            }, ct).ConfigureAwait(false);
            foreach (var item in read.GetValueOrDefault(tables.State) ?? []) found.UnionWith(byKey[Required(item, "ask_id")]);
        }
        return found;
    }

    public Task AddAsync(string address, string reason, DateTimeOffset at, CancellationToken ct = default) =>
        DynamoDbAskStore.Conditional(client.PutItemAsync(new PutItemRequest
        {
            TableName = tables.State,
            Item = new()
            {
                ["customer_id"] = S(Partition),
                ["ask_id"] = S(Normalize(address)),
                ["reason"] = S(reason),
                ["at_time"] = S(at),
            },
            ConditionExpression = "attribute_not_exists(customer_id)",
        }, ct));

    public Task<bool> RemoveAsync(string address, CancellationToken ct = default) =>
        DynamoDbAskStore.Conditional(client.DeleteItemAsync(new DeleteItemRequest
        {
            TableName = tables.State,
            Key = Key("customer_id", Partition, "ask_id", Normalize(address)),
            ConditionExpression = "attribute_exists(customer_id)",
        }, ct));

    /// <summary>Emails compare case-insensitively; phones by their digits only.</summary>
    internal static string Normalize(string address)
    {
        var trimmed = address.Trim();
        return trimmed.Contains('@', StringComparison.Ordinal)
            ? trimmed.ToLowerInvariant()
            : new string(trimmed.Where(char.IsDigit).ToArray());
    }
}
