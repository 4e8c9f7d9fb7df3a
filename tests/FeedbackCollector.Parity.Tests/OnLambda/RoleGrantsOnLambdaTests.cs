using System.Text.Json.Nodes;
using FeedbackCollector.Core.Tokens;
using FeedbackCollector.Lambda.Roles;
using FeedbackCollector.Parity.Tests.Drivers;
using FeedbackCollector.Parity.Tests.Scenarios;
using FeedbackCollector.Testing;
using FeedbackCollector.Testing.Faults;
using FeedbackCollector.Testing.Moto;

namespace FeedbackCollector.Parity.Tests.OnLambda;

/// <summary>
/// moto checks no IAM, so a role whose code calls an action its policy lacks passes every moto test and fails in the
/// first deployed stack (a batch read added to request-builder's intake did exactly that, and the daily sweep had read answers by key
/// without GetItem since it was written). Here every parity scenario
/// runs on the Lambda roles with each role behind its own recording proxy, and every call is held to that role's
/// grants in sam/iam-policy-table.json (which Deploy.Tests holds the template to).
/// </summary>
public sealed class RoleGrantsOnLambdaTests
{
    // The JSON protocols name their operation as IAM names the action; Scheduler's and SES's few REST routes are mapped
    // below; S3's are many and left to Deploy.Tests' inventory.
    private static readonly HashSet<string> JsonServices = new(StringComparer.Ordinal) { "dynamodb", "ssm", "secretsmanager" };

    [Fact]
    public async Task Every_DynamoDB_SSM_Secrets_Manager_Scheduler_and_SES_call_a_role_makes_in_the_parity_scenarios_is_granted_to_that_role()
    {
        var roles = JsonNode.Parse(await File.ReadAllTextAsync(RepoPaths.Of("sam", "iam-policy-table.json")))!["roles"]!;
        var refused = new SortedSet<string>(StringComparer.Ordinal);
        var checkedCalls = new HashSet<string>(StringComparer.Ordinal);
        foreach (var scenario in ParityScenarios.Table.Values)
        {
            var moto = await MotoSlice.CreateAsync();
            await using var lambda = await LambdaDriver.StartAsync(moto, recordCalls: true);
            await scenario.Steps(new ScenarioRun(lambda, new AskTokens(new SigningKey("a", moto.SigningKey)), moto.Owner));
            // A daily sweep over what each scenario left: open asks, unclear answers and complaints are its inputs.
            await lambda.SweepAsync();
            foreach (var (role, proxy) in lambda.Calls)
            {
                var name = Roles.NameOf(role);
                foreach (var (request, _) in proxy.Seen)
                {
                    if (Action(request) is not { } action) continue;
                    checkedCalls.Add(name + " " + action);
                    foreach (var resource in Resources(request, moto.Tables))
                    {
                        if (!Grants(roles[name], action, resource)) refused.Add($"{name}: {action} on {resource ?? "its resource"}");
                    }
                }
            }
        }
        checkedCalls.Should().Contain(["request-builder dynamodb:PutItem", "reply-handler dynamodb:BatchGetItem", "router ssm:GetParametersByPath",
                "sweep-summary dynamodb:Scan",
                "request-builder scheduler:CreateSchedule", "request-builder ses:SendEmail"],
            "the scenarios plan, answer and route, so those roles' calls are among those checked");
        string.Join("; ", refused).Should().BeEmpty("each call a role makes must be in its IAM table, or the deployed role is refused it");
    }

    /// <summary>The IAM action of a call: the JSON protocols' operation, Scheduler's and SES's REST routes; null for S3 (not mapped).</summary>
    private static string? Action(ProxiedRequest request)
    {
        if (JsonServices.Contains(request.Service)) return request.Service + ":" + request.Operation;
        var path = request.PathAndQuery.Split('?')[0];
        return request.Service switch
        {
            "scheduler" when path.StartsWith("/schedules/", StringComparison.Ordinal) => "scheduler:" + request.Method switch
            {
                "POST" => "CreateSchedule", "PUT" => "UpdateSchedule", "DELETE" => "DeleteSchedule", _ => "GetSchedule",
            },
            "ses" when path == "/v2/email/outbound-emails" => "ses:SendEmail",
            "scheduler" or "ses" => request.Service + ":" + request.Method + " " + path,
            _ => null,
        };
    }

    /// <summary>The tables a DynamoDB call touches, as the IAM table names them; null for a service whose resource is not checked.</summary>
    private static IEnumerable<string?> Resources(ProxiedRequest request, Aws.Dynamo.DynamoTables tables)
    {
        if (request.Service != "dynamodb") return [null];
        var body = JsonNode.Parse(request.BodyText)!.AsObject();
        var names = body["TableName"] is { } table ? [table.GetValue<string>()]
            : body["RequestItems"] is JsonObject items ? items.Select(i => i.Key).ToList()
            : body["TransactItems"] is JsonArray transact
                ? transact.SelectMany(t => t!.AsObject().Select(op => op.Value!["TableName"]!.GetValue<string>())).ToList()
                : [];
        var index = body["IndexName"]?.GetValue<string>();
        return names.Select(n => LogicalArn(n, tables) + (index is null ? "" : "/index/" + index));
    }

    private static string LogicalArn(string table, Aws.Dynamo.DynamoTables tables) =>
        table == tables.State ? "${StateTable.Arn}"
        : table == tables.Feedback ? "${FeedbackTable.Arn}"
        : table == tables.Audit ? "${AuditTable.Arn}"
        : "an unknown table " + table;

    private static bool Grants(JsonNode? role, string action, string? resource) =>
        role?["statements"]?.AsArray().Any(s =>
            s!["actions"]!.AsArray().Any(a => a!.GetValue<string>() == action)
            && (resource is null || s["resources"]!.AsArray().Any(r => Matches(r!.GetValue<string>(), resource)))) == true;

    private static bool Matches(string granted, string resource) =>
        granted == resource || (granted.EndsWith('*') && resource.StartsWith(granted[..^1], StringComparison.Ordinal));
}
