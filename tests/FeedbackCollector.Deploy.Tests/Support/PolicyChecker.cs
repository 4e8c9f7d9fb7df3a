using System.Text.Json.Nodes;

namespace FeedbackCollector.Deploy.Tests.Support;

/// <summary>
/// Holds an expanded template to the IAM table: every role is in the table, grants exactly the
/// table's statements, and is assumed by the table's service; each function runs as its FC_ROLE's
/// role. On top of the table, rules no table edit can relax: no "*" resource (but SMS to phone numbers), no wildcard action,
/// Bedrock only for router and sweep-summary, no managed or detached policies.
/// </summary>
internal static class PolicyChecker
{
    private static readonly string[] BedrockRoles = ["router", "sweep-summary"];

    public static IReadOnlyList<string> Check(JsonObject template, PolicyTable table)
    {
        var render = new Intrinsics(template, table.Pseudo);
        var problems = new List<string>();
        var roles = template.OfType("AWS::IAM::Role").ToDictionary(r => r.Id, r => r.Properties);
        foreach (var id in roles.Keys.Where(id => table.Roles.All(t => t.LogicalId != id)))
            problems.Add($"role {id} is not in the IAM table");
        foreach (var type in new[] { "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy" })
            problems.AddRange(template.OfType(type).Select(p => $"{type} {p.Id} grants outside the roles' own policies"));
        foreach (var entry in table.Roles)
        {
            if (!roles.TryGetValue(entry.LogicalId, out var role)) problems.Add($"{entry.Name}: role {entry.LogicalId} is missing");
            else problems.AddRange(CheckRole(entry, role, render));
        }
        problems.AddRange(CheckFunctionRoles(template, table));
        return problems;
    }

    private static IEnumerable<string> CheckRole(RoleEntry entry, JsonObject role, Intrinsics render)
    {
        if (role["ManagedPolicyArns"] is JsonArray { Count: > 0 }) yield return $"{entry.Name}: has managed policies";
        var principals = role["AssumeRolePolicyDocument"]?["Statement"]?.AsArray()
            .Select(s => render.Render(s!["Principal"]?["Service"])).ToList() ?? [];
        if (principals.Count != 1 || principals[0] != entry.AssumedBy)
            yield return $"{entry.Name}: assumed by [{string.Join(", ", principals)}], table says {entry.AssumedBy}";
        var granted = new List<AllowedStatement>();
        foreach (var statement in Statements(role))
        {
            if ((string?)statement["Effect"] != "Allow" || statement["NotAction"] is not null || statement["NotResource"] is not null)
                yield return $"{entry.Name}: statement {(string?)statement["Sid"]} is not a plain Allow";
            granted.Add(new AllowedStatement(
                PolicyTable.Strings(statement["Action"]),
                Resources(statement["Resource"], render),
                PolicyTable.Canonical(RenderTree(statement["Condition"], render))));
        }
        foreach (var problem in Compare(entry, granted)) yield return problem;
        foreach (var problem in Guards(entry.Name, granted)) yield return problem;
    }

    private static IEnumerable<JsonObject> Statements(JsonObject role) =>
        (role["Policies"]?.AsArray() ?? [])
            .SelectMany(p => p!["PolicyDocument"]?["Statement"]?.AsArray() ?? [])
            .Select(s => s!.AsObject());

    private static List<string> Resources(JsonNode? node, Intrinsics render) =>
        node is JsonArray a ? a.Select(render.Render).ToList() : [render.Render(node)];

    private static IEnumerable<string> Compare(RoleEntry entry, List<AllowedStatement> granted)
    {
        var want = entry.Statements.Select(s => s.Key).ToList();
        var have = granted.Select(s => s.Key).ToList();
        foreach (var extra in Except(have, want)) yield return $"{entry.Name}: grants more than the table: {extra}";
        foreach (var missing in Except(want, have)) yield return $"{entry.Name}: lacks the table's {missing}";
    }

    /// <summary>Multiset difference, so a duplicated statement counts as a change too.</summary>
    private static List<string> Except(List<string> from, List<string> remove)
    {
        var left = new List<string>(from);
        foreach (var r in remove) left.Remove(r);
        return left;
    }

    private static readonly HashSet<string> SmsRoles = new(StringComparer.Ordinal) { "request-builder", "dispatch" };

    // SNS has no ARN for a phone number: an SMS sent straight to one (not through a topic) is authorised on "*".
    // Allowed only for the two roles that text customers, and only with exactly these two actions.
    private static bool IsSmsToPhoneNumbers(string role, AllowedStatement s) =>
        SmsRoles.Contains(role) && s.Resources.SequenceEqual(["*"])
        && s.Actions.Order(StringComparer.Ordinal).SequenceEqual(["sns:CheckIfPhoneNumberIsOptedOut", "sns:Publish"]);

    private static IEnumerable<string> Guards(string role, List<AllowedStatement> granted)
    {
        foreach (var s in granted)
        {
            if (s.Resources.Any(r => r == "*") && !IsSmsToPhoneNumbers(role, s)) yield return $"{role}: \"*\" resource in {s.Key}";
            if (s.Actions.Any(a => a.Contains('*', StringComparison.Ordinal))) yield return $"{role}: wildcard action in {s.Key}";
            if (!BedrockRoles.Contains(role) && s.Actions.Any(a => a.StartsWith("bedrock:", StringComparison.OrdinalIgnoreCase)))
                yield return $"{role}: Bedrock is only for router and sweep-summary: {s.Key}";
        }
    }

    private static IEnumerable<string> CheckFunctionRoles(JsonObject template, PolicyTable table)
    {
        foreach (var (id, props) in template.OfType("AWS::Lambda::Function"))
        {
            var fcRole = (string?)props["Environment"]?["Variables"]?["FC_ROLE"];
            var roleId = (string?)props["Role"]?["Fn::GetAtt"]?[0];
            var entry = table.Roles.FirstOrDefault(r => r.Name == fcRole);
            if (entry is null) yield return $"function {id} has FC_ROLE {fcRole ?? "(none)"} not in the IAM table";
            else if (entry.LogicalId != roleId) yield return $"function {id} ({fcRole}) runs as {roleId}, table says {entry.LogicalId}";
        }
    }

    private static JsonNode? RenderTree(JsonNode? node, Intrinsics render) => node switch
    {
        JsonObject o when o.Count == 1 && (o.ContainsKey("Ref") || o.First().Key.StartsWith("Fn::", StringComparison.Ordinal)) =>
            JsonValue.Create(render.Render(o)),
        JsonObject o => new JsonObject(o.Select(kv => KeyValuePair.Create(kv.Key, RenderTree(kv.Value, render)))),
        JsonArray a => new JsonArray(a.Select(x => RenderTree(x, render)).ToArray()),
        _ => node?.DeepClone(),
    };
}
