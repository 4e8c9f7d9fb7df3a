using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using FeedbackCollector.Aws.Dynamo;

namespace FeedbackCollector.Aws.Tests.Stores;

/// <summary>
/// moto_server on 127.0.0.1 (scripts/test starts it and exports FC_MOTO_URL). Each test gets fresh,
/// uniquely named tables and buckets, so tests never see each other's rows.
/// </summary>
internal static class Moto
{
    public const string Region = "ap-southeast-1";

    public static AwsSdkClients Clients()
    {
        var url = Environment.GetEnvironmentVariable("FC_MOTO_URL");
        if (string.IsNullOrEmpty(url)) Assert.Skip("FC_MOTO_URL is not set: run through scripts/test, which starts moto_server");
        return new AwsSdkClients(Region, new Uri(url), new BasicAWSCredentials("testing", "testing"));
    }

    public static async Task<DynamoTables> CreateTablesAsync(IAmazonDynamoDB client)
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var tables = new DynamoTables("fc-state-" + suffix, "fc-feedback-" + suffix, "fc-audit-" + suffix);
        await CreateAsync(client, tables.State, "customer_id", "ask_id");
        await CreateAsync(client, tables.Feedback, "customer_id", "ask_id");
        await CreateAsync(client, tables.Audit, "customer_id", "ts");
        return tables;
    }

    private static Task CreateAsync(IAmazonDynamoDB client, string name, string pk, string sk) =>
        client.CreateTableAsync(new CreateTableRequest
        {
            TableName = name,
            BillingMode = BillingMode.PAY_PER_REQUEST,
            AttributeDefinitions =
            [
                new AttributeDefinition(pk, ScalarAttributeType.S),
                new AttributeDefinition(sk, ScalarAttributeType.S),
            ],
            KeySchema = [new KeySchemaElement(pk, KeyType.HASH), new KeySchemaElement(sk, KeyType.RANGE)],
        });
}
