using System.Text.Json.Nodes;
using FeedbackCollector.Aws.Dynamo;
using FeedbackCollector.Lambda.Roles;
using FeedbackCollector.Testing;
using FeedbackCollector.Testing.Faults;

namespace FeedbackCollector.Parity.Tests.Drivers;

/// <summary>
/// Holds the AWS calls a role made to that role's grants in sam/iam-policy-table.json (which Deploy.Tests holds the
/// template to). moto checks no IAM, so without this a call the role's policy lacks passes every test and fails in
/// the first deployed stack. The JSON protocols (DynamoDB, SSM, Secrets Manager) name their operation as IAM names
/// the action; Scheduler's and SES's few REST routes are mapped here; S3's many routes are not.
/// </summary>
internal static class RoleGrants
{
    private static readonly HashSet<string> JsonServices = new(StringComparer.Ordinal) { "dynamodb", "ssm", "secretsmanager" };
    private static readonly Lazy<JsonNode> Table = new(() =>
        JsonNode.Parse(File.ReadAllText(RepoPaths.Of("sam", "iam-policy-table.json")))!["roles"]!);

    /// <summary>"role action" for each call that is checked (S3's are not).</summary>
    public static IEnumerable<string> Checked(IEnumerable<(Role Role, ProxiedRequest Request)> calls) =>
        calls.Select(c => Action(c.Request) is { } action ? Roles.NameOf(c.Role) + " " + action : null).OfType<string>();

    /// <summary>"role: action on resource" for each call the role's grants do not cover.</summary>
    public static SortedSet<string> Refused(IEnumerable<(Role Role, ProxiedRequest Request)> calls, DynamoTables tables)
    {
        var refused = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (role, request) in calls)
        {
            if (Action(request) is not { } action) continue;
            var name = Roles.NameOf(role);
            foreach (var resource in Resources(request, tables))
            {
                if (!Grants(Table.Value[name], action, resource)) refused.Add($"{name}: {action} on {resource ?? "its resource"}");
            }
        }
        return refused;
    }

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
    private static IEnumerable<string?> Resources(ProxiedRequest request, DynamoTables tables)
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

    private static string LogicalArn(string table, DynamoTables tables) =>
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
