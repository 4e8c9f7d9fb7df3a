using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using static FeedbackCollector.Aws.Dynamo.DynamoValues;

namespace FeedbackCollector.Aws.Dynamo;

/// <summary>
/// Moves in fc-audit (PK customer_id, SK ts). The sort key is the instant plus the ask and move, so
/// two moves in the same millisecond never overwrite each other; the put is conditional for the same reason.
/// </summary>
public sealed class DynamoDbAuditLog(IAmazonDynamoDB client, DynamoTables tables) : IAuditLog
{
    private const int MaxSameKeyAttempts = 20;

    public async Task AppendAsync(AuditEntry entry, CancellationToken ct = default)
    {
        var baseKey = $"{Instant(entry.Ts)}#{entry.AskId}#{entry.Move}";
        for (var n = 0; n < MaxSameKeyAttempts; n++)
        {
            var item = ToItem(entry, n == 0 ? baseKey : baseKey + "#" + n.ToString(CultureInfo.InvariantCulture));
            var stored = await ConditionalWrites.PutAsync(client, new PutItemRequest
            {
                TableName = tables.Audit,
                Item = item,
                ConditionExpression = "attribute_not_exists(customer_id)",
            }, ct).ConfigureAwait(false);
            if (stored) return;
        }
        throw new InvalidOperationException($"Could not append an audit entry for {entry.CustomerId}/{entry.AskId}: key space exhausted.");
    }

    public async Task<IReadOnlyList<AuditEntry>> ListAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default)
    {
        var items = await DynamoScan.ScanAllAsync(client, new ScanRequest
        {
            TableName = tables.Audit,
            FilterExpression = "at_time >= :from AND at_time < :to",
            ExpressionAttributeValues = new() { [":from"] = S(from), [":to"] = S(to) },
            ConsistentRead = true,
        }, ct).ConfigureAwait(false);
        return Ordered(items);
    }

    public async Task<IReadOnlyList<AuditEntry>> ListForAskAsync(string customerId, string askId, CancellationToken ct = default) =>
        Ordered(await ItemsOfAskAsync(customerId, askId, ct).ConfigureAwait(false));

    /// <summary>The ask's items: a query of the customer's partition filtered by ask (the sort key is ts, not the ask).</summary>
    private Task<List<Dictionary<string, AttributeValue>>> ItemsOfAskAsync(string customerId, string askId, CancellationToken ct) =>
        DynamoScan.QueryAllAsync(client, new QueryRequest
        {
            TableName = tables.Audit,
            KeyConditionExpression = "customer_id = :c",
            FilterExpression = "ask_id = :a",
            ExpressionAttributeValues = new() { [":c"] = S(customerId), [":a"] = S(askId) },
            ConsistentRead = true,
        }, ct);

    /// <summary>Queries the customer's partition for the ask's items and deletes each by its key (the sort key is ts).</summary>
    public async Task<int> DeleteForAskAsync(string customerId, string askId, CancellationToken ct = default)
    {
        var items = await ItemsOfAskAsync(customerId, askId, ct).ConfigureAwait(false);
        foreach (var item in items)
        {
            await client.DeleteItemAsync(new DeleteItemRequest
            {
                TableName = tables.Audit,
                Key = Key("customer_id", customerId, "ts", Required(item, "ts")),
            }, ct).ConfigureAwait(false);
        }
        return items.Count;
    }

    private static List<AuditEntry> Ordered(List<Dictionary<string, AttributeValue>> items) =>
        items.OrderBy(i => Required(i, "ts"), StringComparer.Ordinal).Select(FromItem).ToList();

    private static Dictionary<string, AttributeValue> ToItem(AuditEntry e, string sortKey)
    {
        var item = new Dictionary<string, AttributeValue>
        {
            ["customer_id"] = S(e.CustomerId),
            ["ts"] = S(sortKey),
            ["at_time"] = S(e.Ts),
            ["ask_id"] = S(e.AskId),
            ["move"] = S(e.Move.ToString()),
            ["by_user"] = S(e.ByUser),
        };
        PutIfPresent(item, "bucket", e.Bucket?.ToString());
        PutIfPresent(item, "sent_via", e.SentVia);
        PutIfPresent(item, "detail", e.Detail);
        return item;
    }

    private static AuditEntry FromItem(Dictionary<string, AttributeValue> item) => new(
        Required(item, "customer_id"),
        ParseInstant(Required(item, "at_time")),
        Required(item, "ask_id"),
        Str(item, "bucket") is { } b ? Enum.Parse<Bucket>(b) : null,
        Enum.Parse<Move>(Required(item, "move")),
        Str(item, "sent_via"),
        Required(item, "by_user"),
        Str(item, "detail"));
}
