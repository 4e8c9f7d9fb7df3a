using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using Amazon.S3.Model;
using Amazon.SimpleSystemsManagement.Model;
using FeedbackCollector.Aws;
using FeedbackCollector.Aws.Dynamo;

namespace FeedbackCollector.Testing.Moto;

/// <summary>
/// One test's slice of moto_server (FC_MOTO_URL): its own tables, rules bucket and /fc-…/config/ path,
/// the signing secret and a verified SES sender; and the environment a bootstrap needs to use them.
/// </summary>
public sealed record MotoSlice(string Url, AwsSdkClients Clients, DynamoTables Tables, string RulesBucket, string ConfigPath, string Sender, byte[] SigningKey)
{
    public const string Region = "ap-southeast-1";

    public static string MotoUrl()
    {
        var url = System.Environment.GetEnvironmentVariable("FC_MOTO_URL");
        if (string.IsNullOrEmpty(url)) Assert.Skip("FC_MOTO_URL is not set: run through scripts/test, which starts moto_server");
        return url.TrimEnd('/');
    }

    public static async Task<MotoSlice> CreateAsync()
    {
        var url = MotoUrl();
        var clients = new AwsSdkClients(Region, new Uri(url), new BasicAWSCredentials("testing", "testing"));
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var tables = await CreateTablesAsync(clients.DynamoDb(), suffix);
        var rules = "fc-rules-" + suffix;
        await clients.S3().PutBucketAsync(new PutBucketRequest { BucketName = rules, BucketRegion = Region });
        var configPath = $"/fc-{suffix}/config/";
        var sender = $"shop-{suffix}@example.com";
        foreach (var (key, value) in new[] { ("sender_address", sender), ("reply_domain", "reply.example.com"), ("sender_name", "Mei's Salon"), ("owner_email", OwnerOf(suffix)) })
        {
            await clients.Ssm().PutParameterAsync(new PutParameterRequest { Name = configPath + key, Value = value, Type = "String" });
        }
        // One secret name for the whole moto server (as in an account): the first slice creates it, later ones read it back.
        var signing = RandomNumberGenerator.GetBytes(32);
        await CallAsync(url, "secretsmanager", "/", "secretsmanager.CreateSecret",
            $$"""{"Name":"fc/token/signing-secret","SecretString":"a:{{Convert.ToBase64String(signing)}}"}""");
        signing = await SigningKeyAsync(url);
        await CallAsync(url, "ses", "/v2/email/identities", null, $$"""{"EmailIdentity":"{{sender}}"}""");
        return new MotoSlice(url, clients, tables, rules, configPath, sender, signing);
    }

    public string Owner => OwnerOf(Tables.State[^10..]);

    private static string OwnerOf(string suffix) => $"owner-{suffix}@example.com";

    /// <summary>What the bootstrap is started with, as Lambda plus SAM would set it.</summary>
    public Dictionary<string, string?> Environment(string role, string runtimeApi) => new()
    {
        ["FC_ROLE"] = role, ["AWS_LAMBDA_RUNTIME_API"] = runtimeApi,
        ["AWS_ENDPOINT_URL"] = Url, ["AWS_REGION"] = Region, ["AWS_ACCESS_KEY_ID"] = "testing", ["AWS_SECRET_ACCESS_KEY"] = "testing",
        ["FC_STATE_TABLE"] = Tables.State, ["FC_FEEDBACK_TABLE"] = Tables.Feedback, ["FC_AUDIT_TABLE"] = Tables.Audit,
        ["FC_RULES_BUCKET"] = RulesBucket, ["FC_CONFIG_PATH"] = ConfigPath, ["FC_PUBLIC_BASE_URL"] = "https://fc.example.com",
        ["FC_SEND_TARGET_ARN"] = "arn:aws:lambda:ap-southeast-1:123456789012:function:fc-request-builder",
        ["FC_SCHEDULER_ROLE_ARN"] = "arn:aws:iam::123456789012:role/fc-ask-scheduler",
    };

    /// <summary>The raw MIME SES (moto) sent to an address.</summary>
    public async Task<string> SentMailToAsync(string to)
    {
        using var http = new HttpClient();
        var data = JsonNode.Parse(await http.GetStringAsync(Url + "/moto-api/data.json"))!;
        return data["ses"]!["RawMessage"]!.AsArray()
            .Select(m => m!["raw_data"]!.GetValue<string>())
            .Single(raw => raw.Contains(to, StringComparison.Ordinal));
    }

    /// <summary>The raw MIME of every message SES (moto) sent from this slice's sender, in send order.</summary>
    public async Task<IReadOnlyList<string>> SentMailsAsync()
    {
        using var http = new HttpClient();
        var data = JsonNode.Parse(await http.GetStringAsync(Url + "/moto-api/data.json"))!;
        return data["ses"]?["RawMessage"]?.AsArray()
            .Select(m => m!["raw_data"]!.GetValue<string>())
            .Where(raw => raw.Contains(Sender, StringComparison.OrdinalIgnoreCase))
            .ToList() ?? [];
    }

    /// <summary>Each one-off schedule of a group with the Input Scheduler would deliver to its target, by name.</summary>
    public async Task<IReadOnlyList<(string Name, string Input)>> SchedulesAsync(string group)
    {
        var list = JsonNode.Parse(await GetAsync(Url, "scheduler", "/schedules?ScheduleGroup=" + Uri.EscapeDataString(group)))!;
        var schedules = new List<(string, string)>();
        foreach (var name in list["Schedules"]!.AsArray().Select(s => s!["Name"]!.GetValue<string>()))
        {
            var schedule = JsonNode.Parse(await GetAsync(Url, "scheduler", $"/schedules/{Uri.EscapeDataString(name)}?groupName={Uri.EscapeDataString(group)}"))!;
            schedules.Add((name, schedule["Target"]!["Input"]!.GetValue<string>()));
        }
        return schedules;
    }

    private static async Task<string> GetAsync(string moto, string service, string pathAndQuery)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, moto + pathAndQuery);
        request.Headers.TryAddWithoutValidation("Authorization",
            $"AWS4-HMAC-SHA256 Credential=testing/20261128/{Region}/{service}/aws4_request, SignedHeaders=host, Signature=0");
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode ? body : throw new InvalidOperationException($"moto {service} GET {pathAndQuery}: {(int)response.StatusCode} {body}");
    }

    private static async Task<DynamoTables> CreateTablesAsync(IAmazonDynamoDB ddb, string suffix)
    {
        var tables = new DynamoTables("fc-state-" + suffix, "fc-feedback-" + suffix, "fc-audit-" + suffix);
        foreach (var (name, sk) in new[] { (tables.State, "ask_id"), (tables.Feedback, "ask_id"), (tables.Audit, "ts") })
        {
            await ddb.CreateTableAsync(new CreateTableRequest
            {
                TableName = name,
                BillingMode = BillingMode.PAY_PER_REQUEST,
                AttributeDefinitions = [new AttributeDefinition("customer_id", ScalarAttributeType.S), new AttributeDefinition(sk, ScalarAttributeType.S)],
                KeySchema = [new KeySchemaElement("customer_id", KeyType.HASH), new KeySchemaElement(sk, KeyType.RANGE)],
            });
        }
        return tables;
    }

    private static async Task<byte[]> SigningKeyAsync(string moto) => Convert.FromBase64String((await SecretAsync(moto, "fc/token/signing-secret"))[2..]);

    /// <summary>Creates the secret unless moto has it already, and returns the value moto holds.</summary>
    public async Task<string> EnsureSecretAsync(string name, string value)
    {
        await CallAsync(Url, "secretsmanager", "/", "secretsmanager.CreateSecret",
            System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string> { ["Name"] = name, ["SecretString"] = value }));
        return await SecretAsync(Url, name);
    }

    /// <summary>A one-off schedule group of the test's own (the stack makes the real one); returns its name.</summary>
    public async Task<string> CreateScheduleGroupAsync()
    {
        var group = "fc-asks-" + Tables.State[^10..];
        await CallAsync(Url, "scheduler", "/schedule-groups/" + group, null, "{}");
        return group;
    }

    private static async Task<string> SecretAsync(string moto, string name)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, moto + "/")
        {
            Content = new StringContent($$"""{"SecretId":"{{name}}"}""", Encoding.UTF8),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.1");
        request.Headers.TryAddWithoutValidation("X-Amz-Target", "secretsmanager.GetSecretValue");
        request.Headers.TryAddWithoutValidation("Authorization",
            $"AWS4-HMAC-SHA256 Credential=testing/20261128/{Region}/secretsmanager/aws4_request, SignedHeaders=host, Signature=0");
        using var response = await http.SendAsync(request);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["SecretString"]!.GetValue<string>();
    }

    /// <summary>moto takes the region from the credential scope and checks no signature, so a fixed header does.</summary>
    private static async Task CallAsync(string moto, string service, string path, string? target, string json)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, moto + path) { Content = new StringContent(json, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(target is null ? "application/json" : "application/x-amz-json-1.1");
        if (target is not null) request.Headers.TryAddWithoutValidation("X-Amz-Target", target);
        request.Headers.TryAddWithoutValidation("Authorization",
            $"AWS4-HMAC-SHA256 Credential=testing/20261128/{Region}/{service}/aws4_request, SignedHeaders=host, Signature=0");
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode && !body.Contains("ResourceExists", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"moto {service} {target ?? path}: {(int)response.StatusCode} {body}");
        }
    }
}
