using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using FeedbackCollector.Core.Flow;

namespace FeedbackCollector.Aws.Dynamo;

/// <summary>
/// One BatchGetItem with its unprocessed keys asked again. DynamoDB leaves keys unprocessed only under throttling or
/// its size limit, and the SDK has already retried the call itself, so a few rounds are enough before the read is
/// called transient (the caller's retry, not a loop here, waits out sustained throttling).
/// </summary>
internal static class BatchGets
{
    private const int MaxRounds = 4;

    /// <summary>Every item found, by table; a table none of whose keys exist is absent or empty.</summary>
    public static async Task<Dictionary<string, List<Dictionary<string, AttributeValue>>>> ReadAsync(
        IAmazonDynamoDB client, Dictionary<string, KeysAndAttributes> keys, CancellationToken ct)
    {
        var found = new Dictionary<string, List<Dictionary<string, AttributeValue>>>(StringComparer.Ordinal);
        var pending = keys;
        for (var round = 0; round < MaxRounds && pending is { Count: > 0 }; round++)
        {
            var response = await client.BatchGetItemAsync(new BatchGetItemRequest { RequestItems = pending }, ct).ConfigureAwait(false);
            foreach (var (table, items) in response.Responses ?? [])
            {
                if (!found.TryGetValue(table, out var list)) found[table] = list = [];
                list.AddRange(items);
            }
            pending = response.UnprocessedKeys ?? [];
        }
        if (pending is { Count: > 0 }) throw new TransientFailureException("DynamoDB left keys of a batch read unprocessed (throttled)");
        return found;
    }
}
