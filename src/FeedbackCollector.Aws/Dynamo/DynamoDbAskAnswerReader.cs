using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using static FeedbackCollector.Aws.Dynamo.DynamoValues;

namespace FeedbackCollector.Aws.Dynamo;

/// <summary>
/// The ask (fc-state) and its answer (fc-feedback) in one BatchGetItem, both strongly consistent: the star page's
/// GET, the POST's already-answered check and the router's read of a written reply are one round trip instead of two.
/// </summary>
public sealed class DynamoDbAskAnswerReader(IAmazonDynamoDB client, DynamoTables tables) : IAskAnswerReader
{
    public async Task<AskWithAnswer?> GetAsync(string customerId, string askId, CancellationToken ct = default)
    {
        var found = await BatchGets.ReadAsync(client, new Dictionary<string, KeysAndAttributes>
        {
            [tables.State] = One(customerId, askId),
            [tables.Feedback] = One(customerId, askId),
        }, ct).ConfigureAwait(false);
        var ask = First(found, tables.State);
        var answer = First(found, tables.Feedback);
        return ask is not null && AskItems.IsAsk(ask)
            ? new AskWithAnswer(AskItems.FromItem(ask), answer is null ? null : DynamoDbFeedbackStore.FromItem(answer))
            : null;
    }

    private static KeysAndAttributes One(string customerId, string askId) => new()
    {
        Keys = [Key("customer_id", customerId, "ask_id", askId)],
        ConsistentRead = true,
    };

    private static Dictionary<string, AttributeValue>? First(Dictionary<string, List<Dictionary<string, AttributeValue>>> found, string table) =>
        found.TryGetValue(table, out var items) && items is { Count: > 0 } ? items[0] : null;
}
