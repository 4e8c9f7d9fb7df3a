using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using static FeedbackCollector.Aws.Dynamo.DynamoValues;

namespace FeedbackCollector.Aws.Dynamo;

/// <summary>
/// The ask (fc-state) and its answer (fc-feedback) in one BatchGetItem, both strongly consistent: the star page's
/// GET and the POST's already-answered check are one round trip instead of two.
/// </summary>
public sealed class DynamoDbAskAnswerReader(IAmazonDynamoDB client, DynamoTables tables) : IAskAnswerReader
{
    // Unprocessed keys come back only under throttling or size limits (two small items never hit the size limit);
    // the SDK has already retried the call itself, so a few re-asks are enough before the request is called transient.
    private const int MaxRounds = 4;

    public async Task<AskWithAnswer?> GetAsync(string customerId, string askId, CancellationToken ct = default)
    {
        var pending = new Dictionary<string, KeysAndAttributes>
        {
            [tables.State] = One(customerId, askId),
            [tables.Feedback] = One(customerId, askId),
        };
        Dictionary<string, AttributeValue>? ask = null, answer = null;
        for (var round = 0; round < MaxRounds && pending.Count > 0; round++)
        {
            var response = await client.BatchGetItemAsync(new BatchGetItemRequest { RequestItems = pending }, ct).ConfigureAwait(false);
            ask ??= First(response.Responses, tables.State);
            answer ??= First(response.Responses, tables.Feedback);
            pending = response.UnprocessedKeys ?? [];
        }
        if (pending.Count > 0) throw new TransientFailureException("DynamoDB left the ask's keys unprocessed (throttled)");
        return ask is not null && AskItems.IsAsk(ask)
            ? new AskWithAnswer(AskItems.FromItem(ask), answer is null ? null : DynamoDbFeedbackStore.FromItem(answer))
            : null;
    }

    private static KeysAndAttributes One(string customerId, string askId) => new()
    {
        Keys = [Key("customer_id", customerId, "ask_id", askId)],
        ConsistentRead = true,
    };

    private static Dictionary<string, AttributeValue>? First(Dictionary<string, List<Dictionary<string, AttributeValue>>>? responses,
        string table) =>
        responses is not null && responses.TryGetValue(table, out var items) && items is { Count: > 0 } ? items[0] : null;
}
