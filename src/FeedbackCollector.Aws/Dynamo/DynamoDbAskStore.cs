using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using static FeedbackCollector.Aws.Dynamo.DynamoValues;

namespace FeedbackCollector.Aws.Dynamo;

/// <summary>
/// Asks in fc-state (PK customer_id, SK ask_id). Every change is a condition expression, so one
/// ask per visit and one follow-up per ask hold under retries and concurrent Lambdas (and a retried write that had
/// landed is still our success: ConditionalWrites).
/// </summary>
public sealed class DynamoDbAskStore(IAmazonDynamoDB client, DynamoTables tables) : IAskStore
{
    private const string NotExists = "attribute_not_exists(customer_id)";
    private const string Exists = "attribute_exists(customer_id)";

    /// <summary>Calls in flight at once for a batch: enough to hide the round trips, few enough for a small table's capacity.</summary>
    internal const int ParallelCalls = 8;

    public async Task<bool> TryAddAsync(Ask ask, CancellationToken ct = default)
    {
        var request = new PutItemRequest
        {
            TableName = tables.State,
            Item = AskItems.ToItem(ask),
            ConditionExpression = NotExists,
        };
        return await ConditionalWrites.PutAsync(client, request, ct).ConfigureAwait(false);
    }

    /// <summary>Conditional puts, a few at a time: BatchWriteItem cannot carry the condition that keeps one ask per visit.</summary>
    public Task<IReadOnlyList<bool>> TryAddManyAsync(IReadOnlyList<Ask> asks, CancellationToken ct = default) =>
        PerItemWrites.RunAsync(asks, a => a.CustomerId + "\n" + a.AskId, TryAddAsync, ParallelCalls, ct);

    public async Task<Ask?> GetAsync(string customerId, string askId, CancellationToken ct = default)
    {
        var response = await client.GetItemAsync(new GetItemRequest
        {
            TableName = tables.State,
            Key = Key("customer_id", customerId, "ask_id", askId),
            ConsistentRead = true,
        }, ct).ConfigureAwait(false);
        return response.Item is { Count: > 0 } item && AskItems.IsAsk(item) ? AskItems.FromItem(item) : null;
    }

    public async Task<IReadOnlyList<Ask>> ListForCustomerAsync(string customerId, CancellationToken ct = default)
    {
        var items = await DynamoScan.QueryAllAsync(client, new QueryRequest
        {
            TableName = tables.State,
            KeyConditionExpression = "customer_id = :c",
            ExpressionAttributeValues = new() { [":c"] = S(customerId) },
            ConsistentRead = true,
        }, ct).ConfigureAwait(false);
        return items.Where(AskItems.IsAsk).Select(AskItems.FromItem).OrderBy(a => a.SendAt).ToList();
    }

    /// <summary>
    /// One Query per customer (their asks are one partition; BatchGetItem needs whole keys, and the ask ids of a
    /// customer's earlier visits are not known), a few at a time.
    /// </summary>
    public async Task<IReadOnlyList<Ask>> ListForCustomersAsync(IReadOnlyCollection<string> customerIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(customerIds);
        var found = new System.Collections.Concurrent.ConcurrentBag<Ask>();
        await Parallel.ForEachAsync(customerIds.Distinct(StringComparer.Ordinal), new ParallelOptions { MaxDegreeOfParallelism = ParallelCalls, CancellationToken = ct },
            async (id, token) =>
            {
                foreach (var ask in await ListForCustomerAsync(id, token).ConfigureAwait(false)) found.Add(ask);
            }).ConfigureAwait(false);
        return [.. found.OrderBy(a => a.SendAt).ThenBy(a => a.AskId, StringComparer.Ordinal)];
    }

    /// <summary>A filtered scan, like the status list: texts are rare and fc-state has no index but its key.</summary>
    public Task<IReadOnlyList<Ask>> ListForPhoneAsync(string phone, CancellationToken ct = default) =>
        ScanAsync("phone = :p", null, new() { [":p"] = S(phone) }, ct);

    public Task<IReadOnlyList<Ask>> ListByStatusAsync(AskStatus status, CancellationToken ct = default) =>
        ScanAsync("#s = :s", new() { ["#s"] = "status" }, new() { [":s"] = S(AskItems.StatusText(status)) }, ct);

    private async Task<IReadOnlyList<Ask>> ScanAsync(string filter, Dictionary<string, string>? names,
        Dictionary<string, AttributeValue> values, CancellationToken ct)
    {
        var items = await DynamoScan.ScanAllAsync(client, new ScanRequest
        {
            TableName = tables.State,
            FilterExpression = filter,
            ExpressionAttributeNames = names,
            ExpressionAttributeValues = values,
            ConsistentRead = true,
        }, ct).ConfigureAwait(false);
        return items.Where(AskItems.IsAsk).Select(AskItems.FromItem).OrderBy(a => a.SendAt).ToList();
    }

    public async Task<bool> TryTransitionAsync(string customerId, string askId, AskStatus from, AskStatus to,
        AskChange change, CancellationToken ct = default)
    {
        var sets = new List<string> { "#s = :to" };
        var values = new Dictionary<string, AttributeValue> { [":from"] = S(AskItems.StatusText(from)), [":to"] = S(AskItems.StatusText(to)) };
        if (change.SentAt is { } sentAt) { sets.Add("sent_at = :sent"); values[":sent"] = S(sentAt); }
        if (change.ScheduleName is { } name) { sets.Add("schedule_name = :sched"); values[":sched"] = S(name); }
        var request = new UpdateItemRequest
        {
            TableName = tables.State,
            Key = Key("customer_id", customerId, "ask_id", askId),
            UpdateExpression = "SET " + string.Join(", ", sets),
            ConditionExpression = Exists + " AND #s = :from",
            ExpressionAttributeNames = new() { ["#s"] = "status" },
            ExpressionAttributeValues = values,
        };
        return await ConditionalWrites.UpdateAsync(client, request, ct).ConfigureAwait(false);
    }

    public async Task<bool> TryMarkFollowUpAsync(string customerId, string askId, DateTimeOffset at, CancellationToken ct = default)
    {
        var request = new UpdateItemRequest
        {
            TableName = tables.State,
            Key = Key("customer_id", customerId, "ask_id", askId),
            UpdateExpression = "SET follow_up_sent_at = :at",
            ConditionExpression = Exists + " AND attribute_not_exists(follow_up_sent_at)",
            ExpressionAttributeValues = new() { [":at"] = S(at) },
        };
        return await ConditionalWrites.UpdateAsync(client, request, ct).ConfigureAwait(false);
    }

    public async Task RecordErrorAsync(string customerId, string askId, string error, CancellationToken ct = default)
    {
        var request = new UpdateItemRequest
        {
            TableName = tables.State,
            Key = Key("customer_id", customerId, "ask_id", askId),
            UpdateExpression = "SET last_error = :e",
            ConditionExpression = Exists,
            ExpressionAttributeValues = new() { [":e"] = S(error) },
        };
        await Conditional(client.UpdateItemAsync(request, ct)).ConfigureAwait(false);
    }

    /// <summary>A failed condition is an answer (false), not an error; anything else propagates.</summary>
    public Task<bool> DeleteAsync(string customerId, string askId, CancellationToken ct = default) =>
        Conditional(client.DeleteItemAsync(new DeleteItemRequest
        {
            TableName = tables.State,
            Key = Key("customer_id", customerId, "ask_id", askId),
            ConditionExpression = Exists,
        }, ct));

    internal static async Task<bool> Conditional<T>(Task<T> call)
    {
        try
        {
            await call.ConfigureAwait(false);
            return true;
        }
        catch (ConditionalCheckFailedException)
        {
            return false;
        }
    }
}
