using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.S3.Model;
using Amazon.SimpleSystemsManagement.Model;
using FeedbackCollector.Testing;
using FeedbackCollector.Testing.Moto;
using FeedbackCollector.Testing.Sam;

namespace FeedbackCollector.Lambda.Tests.Rehearsal;

/// <summary>One function of the stack as deployed: its name, its role (FC_ROLE) and exactly the variables the template gives it.</summary>
internal sealed record DeployedFunction(string LogicalId, string Name, string Arn, string Role, IReadOnlyDictionary<string, string> Variables, string? Url);

/// <summary>A recurring schedule of the stack: the function it invokes and the Input it delivers.</summary>
internal sealed record RecurringSchedule(string Name, string TargetArn, string Input);

/// <summary>
/// sam/template.yaml "deployed" into an account of its own in moto_server: the expanded template's tables, buckets,
/// /fc/config/ parameters, secrets (declared, no value) and schedule group created from their resource properties
/// (moto's CloudFormation does not create Scheduler groups or Function URLs, so every resource is read, not handed
/// to create-stack); the functions' environments rendered with the names those resources got.
/// </summary>
internal sealed class RehearsedStack
{
    private RehearsedStack(MotoAccount account, TemplateValues values, IReadOnlyList<DeployedFunction> functions,
        IReadOnlyList<RecurringSchedule> schedules, IReadOnlyList<(string Bucket, string Prefix, string FunctionArn)> notifications)
    {
        Account = account;
        Values = values;
        Functions = functions;
        Schedules = schedules;
        Notifications = notifications;
    }

    public MotoAccount Account { get; }
    public TemplateValues Values { get; }
    public IReadOnlyList<DeployedFunction> Functions { get; }
    public IReadOnlyList<RecurringSchedule> Schedules { get; }
    public IReadOnlyList<(string Bucket, string Prefix, string FunctionArn)> Notifications { get; }

    public DeployedFunction Function(string role) => Functions.Single(f => f.Role == role);

    /// <summary>sam/samconfig.toml: the stack name and the parameter values docs/deploy.md has the operator fill in.</summary>
    public static (string Stack, Dictionary<string, string> Parameters) OperatorConfig()
    {
        var toml = File.ReadAllText(RepoPaths.Of("sam", "samconfig.toml"));
        var deploy = toml[toml.IndexOf("[default.deploy.parameters]", StringComparison.Ordinal)..];
        string Value(string key) => Regex.Match(deploy, $"^{key}\\s*=\\s*\"([^\"]*)\"", RegexOptions.Multiline).Groups[1].Value;
        var parameters = Value("parameter_overrides").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        return (Value("stack_name"), parameters);
    }

    /// <param name="values">This deployment's own values for parameters samconfig.toml has the operator fill (nothing else).</param>
    public static async Task<RehearsedStack> DeployAsync(JsonObject template, string accountId, IReadOnlyDictionary<string, string> values)
    {
        var account = await MotoAccount.AssumeAsync(accountId);
        var (stack, parameters) = OperatorConfig();
        foreach (var (name, value) in values)
        {
            if (!parameters.ContainsKey(name)) throw new InvalidOperationException($"{name} is not a parameter docs/deploy.md has the operator set");
            parameters[name] = value;
        }
        var rendered = new TemplateValues(template, parameters, accountId, stack);
        return await CreateAsync(template, account, rendered);
    }

    private static async Task<RehearsedStack> CreateAsync(JsonObject template, MotoAccount account, TemplateValues values)
    {
        var clients = account.Clients;
        foreach (var (_, p) in template.OfType("AWS::DynamoDB::Table")) await CreateTableAsync(clients.DynamoDb(), values, p);
        foreach (var (_, p) in template.OfType("AWS::S3::Bucket"))
        {
            var bucket = values.Render(p["BucketName"]);
            await clients.S3().PutBucketAsync(new PutBucketRequest { BucketName = bucket, BucketRegion = TemplateValues.Region });
            if ((string?)p["VersioningConfiguration"]?["Status"] == "Enabled")
                await clients.S3().PutBucketVersioningAsync(new PutBucketVersioningRequest
                {
                    BucketName = bucket, VersioningConfig = new S3BucketVersioningConfig { Status = Amazon.S3.VersionStatus.Enabled },
                });
        }
        foreach (var (_, p) in template.OfType("AWS::SSM::Parameter"))
            await clients.Ssm().PutParameterAsync(new PutParameterRequest { Name = values.Render(p["Name"]), Value = values.Render(p["Value"]), Type = "String", Overwrite = true });
        foreach (var (_, p) in template.OfType("AWS::SecretsManager::Secret"))
            await account.CallAsync("secretsmanager", "/", "secretsmanager.CreateSecret", Json(new() { ["Name"] = values.Render(p["Name"]) }));
        foreach (var (_, p) in template.OfType("AWS::Scheduler::ScheduleGroup"))
            await account.CallAsync("scheduler", "/schedule-groups/" + values.Render(p["Name"]), null, "{}");
        return new RehearsedStack(account, values, FunctionsOf(template, values), SchedulesOf(template, values), NotificationsOf(template, values));
    }

    private static List<DeployedFunction> FunctionsOf(JsonObject template, TemplateValues values)
    {
        var urls = template.OfType("AWS::Lambda::Url").ToDictionary(u => ((string)u.Properties["TargetFunctionArn"]!["Ref"]!), u => TemplateValues.FunctionUrlOf(u.Id));
        return template.OfType("AWS::Lambda::Function").Select(f =>
        {
            var variables = (f.Properties["Environment"]?["Variables"]?.AsObject() ?? []).ToDictionary(kv => kv.Key, kv => values.Render(kv.Value), StringComparer.Ordinal);
            var name = values.Render(f.Properties["FunctionName"]);
            return new DeployedFunction(f.Id, name, $"arn:aws:lambda:{TemplateValues.Region}:{values.Account}:function:{name}",
                variables.GetValueOrDefault("FC_ROLE") ?? throw new InvalidOperationException($"{f.Id} sets no FC_ROLE"), variables, urls.GetValueOrDefault(f.Id));
        }).ToList();
    }

    private static List<RecurringSchedule> SchedulesOf(JsonObject template, TemplateValues values) =>
        template.OfType("AWS::Scheduler::Schedule")
            .Select(s => new RecurringSchedule(values.Render(s.Properties["Name"]), values.Render(s.Properties["Target"]!["Arn"]), values.Render(s.Properties["Target"]!["Input"])))
            .ToList();

    /// <summary>The S3 → Lambda notifications SAM adds to a bucket for a function's S3 event.</summary>
    private static List<(string, string, string)> NotificationsOf(JsonObject template, TemplateValues values) =>
        template.OfType("AWS::S3::Bucket")
            .SelectMany(b => (b.Properties["NotificationConfiguration"]?["LambdaConfigurations"]?.AsArray() ?? [])
                .Select(c => (values.Render(b.Properties["BucketName"]),
                    c!["Filter"]?["S3Key"]?["Rules"]?.AsArray().Where(r => (string?)r!["Name"] == "prefix").Select(r => (string)r!["Value"]!).FirstOrDefault() ?? "",
                    values.Render(c["Function"]))))
            .ToList();

    private static async Task CreateTableAsync(IAmazonDynamoDB ddb, TemplateValues values, JsonObject p) =>
        await ddb.CreateTableAsync(new CreateTableRequest
        {
            TableName = values.Render(p["TableName"]),
            BillingMode = BillingMode.PAY_PER_REQUEST,
            AttributeDefinitions = p["AttributeDefinitions"]!.AsArray()
                .Select(a => new AttributeDefinition((string)a!["AttributeName"]!, new ScalarAttributeType((string)a["AttributeType"]!))).ToList(),
            KeySchema = p["KeySchema"]!.AsArray().Select(k => new KeySchemaElement((string)k!["AttributeName"]!, new KeyType((string)k["KeyType"]!))).ToList(),
        });

    public static string Json(Dictionary<string, string> fields) => JsonSerializer.Serialize(fields);
}
