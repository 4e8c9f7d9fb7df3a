using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using static FeedbackCollector.Aws.Dynamo.DynamoValues;

namespace FeedbackCollector.Aws.Dynamo;

/// <summary>Answers in fc-feedback (PK customer_id, SK ask_id). A conditional put makes the first answer win.</summary>
public sealed class DynamoDbFeedbackStore(IAmazonDynamoDB client, DynamoTables tables) : IFeedbackStore
{
    public Task<bool> TryAddAsync(Feedback feedback, CancellationToken ct = default) =>
        ConditionalWrites.PutAsync(client, new PutItemRequest
        {
            TableName = tables.Feedback,
            Item = ToItem(feedback),
            ConditionExpression = "attribute_not_exists(customer_id)",
        }, ct);

    public async Task<Feedback?> GetAsync(string customerId, string askId, CancellationToken ct = default)
    {
        var response = await client.GetItemAsync(new GetItemRequest
        {
            TableName = tables.Feedback,
            Key = Key("customer_id", customerId, "ask_id", askId),
            ConsistentRead = true,
        }, ct).ConfigureAwait(false);
        return response.Item is { Count: > 0 } item ? FromItem(item) : null;
    }

    public async Task<IReadOnlyList<Feedback>> ListReceivedAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default)
    {
        var items = await DynamoScan.ScanAllAsync(client, new ScanRequest
        {
            TableName = tables.Feedback,
            FilterExpression = "received_at >= :from AND received_at < :to",
            ExpressionAttributeValues = new() { [":from"] = S(from), [":to"] = S(to) },
            ConsistentRead = true,
        }, ct).ConfigureAwait(false);
        return items.Select(FromItem).OrderBy(f => f.ReceivedAt).ToList();
    }

    public Task<bool> DeleteAsync(string customerId, string askId, CancellationToken ct = default) =>
        DynamoDbAskStore.Conditional(client.DeleteItemAsync(new DeleteItemRequest
        {
            TableName = tables.Feedback,
            Key = Key("customer_id", customerId, "ask_id", askId),
            ConditionExpression = "attribute_exists(customer_id)",
        }, ct));

    private static Dictionary<string, AttributeValue> ToItem(Feedback f)
    {
        var item = Item(f);
        if (f.RawKey is { } key) item["raw_key"] = S(key);
        return item;
    }

    private static Dictionary<string, AttributeValue> Item(Feedback f) => new()
    {
        ["customer_id"] = S(f.CustomerId),
        ["ask_id"] = S(f.AskId),
        ["received_at"] = S(f.ReceivedAt),
        ["channel"] = S(f.Channel.ToString().ToLowerInvariant()),
        ["raw"] = S(f.Raw),
        ["bucket"] = S(f.Bucket.ToString().ToLowerInvariant()),
        ["reason"] = S(f.Reason),
    };

    internal static Feedback FromItem(Dictionary<string, AttributeValue> item) => new(
        Required(item, "customer_id"),
        Required(item, "ask_id"),
        ParseInstant(Required(item, "received_at")),
        Enum.Parse<Channel>(Required(item, "channel"), ignoreCase: true),
        Str(item, "raw") ?? "",
        Enum.Parse<Bucket>(Required(item, "bucket"), ignoreCase: true),
        Str(item, "reason") ?? "",
        Str(item, "raw_key"));
}
