using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace FeedbackCollector.Aws.Dynamo;

/// <summary>Paginated Scan and Query: a small business's tables are small, and every page is read so nothing is missed.</summary>
internal static class DynamoScan
{
    public static async Task<List<Dictionary<string, AttributeValue>>> ScanAllAsync(
        IAmazonDynamoDB client, ScanRequest request, CancellationToken ct)
    {
        var items = new List<Dictionary<string, AttributeValue>>();
        do
        {
            var response = await client.ScanAsync(request, ct).ConfigureAwait(false);
            if (response.Items is not null) items.AddRange(response.Items);
            request.ExclusiveStartKey = response.LastEvaluatedKey;
        } while (request.ExclusiveStartKey is { Count: > 0 });
        return items;
    }

    public static async Task<List<Dictionary<string, AttributeValue>>> QueryAllAsync(
        IAmazonDynamoDB client, QueryRequest request, CancellationToken ct)
    {
        var items = new List<Dictionary<string, AttributeValue>>();
        do
        {
            var response = await client.QueryAsync(request, ct).ConfigureAwait(false);
            if (response.Items is not null) items.AddRange(response.Items);
            request.ExclusiveStartKey = response.LastEvaluatedKey;
        } while (request.ExclusiveStartKey is { Count: > 0 });
        return items;
    }
}
