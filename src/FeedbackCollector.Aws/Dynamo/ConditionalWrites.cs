using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using static FeedbackCollector.Aws.Dynamo.DynamoValues;

namespace FeedbackCollector.Aws.Dynamo;

/// <summary>
/// Conditional writes that survive the SDK's retries. When a write lands but its answer is lost (a dropped
/// connection, a timeout), the SDK sends it again and the retry's condition fails on our own first attempt: read
/// as "someone else got there first", a claimed ask would be skipped and never sent, an answer never dispatched,
/// an audit move written twice. So each write carries a fresh write_id (the same across the SDK's retries of
/// that one request), and a failed condition on an item holding our write_id is our own success. The item is read
/// from the failure itself (ReturnValuesOnConditionCheckFailure = ALL_OLD), so no role needs a read permission it
/// does not already have.
/// </summary>
internal static class ConditionalWrites
{
    private const string WriteId = "write_id";

    /// <summary>A conditional put; false only when another writer's item stopped it.</summary>
    public static async Task<bool> PutAsync(IAmazonDynamoDB client, PutItemRequest request, CancellationToken ct)
    {
        var id = NewId();
        request.Item[WriteId] = S(id);
        request.ReturnValuesOnConditionCheckFailure = ReturnValuesOnConditionCheckFailure.ALL_OLD;
        try
        {
            await client.PutItemAsync(request, ct).ConfigureAwait(false);
            return true;
        }
        catch (ConditionalCheckFailedException e)
        {
            return IsOurs(e, id);
        }
    }

    /// <summary>A conditional update (its SET clause gains write_id); false only when the item was not in the required state.</summary>
    public static async Task<bool> UpdateAsync(IAmazonDynamoDB client, UpdateItemRequest request, CancellationToken ct)
    {
        var id = NewId();
        request.UpdateExpression += ", " + WriteId + " = :fc_write_id";
        request.ExpressionAttributeValues[":fc_write_id"] = S(id);
        request.ReturnValuesOnConditionCheckFailure = ReturnValuesOnConditionCheckFailure.ALL_OLD;
        try
        {
            await client.UpdateItemAsync(request, ct).ConfigureAwait(false);
            return true;
        }
        catch (ConditionalCheckFailedException e)
        {
            return IsOurs(e, id);
        }
    }

    private static bool IsOurs(ConditionalCheckFailedException failure, string id) =>
        failure.Item is { Count: > 0 } item && Str(item, WriteId) == id;

    private static string NewId() => Guid.NewGuid().ToString("N");
}
