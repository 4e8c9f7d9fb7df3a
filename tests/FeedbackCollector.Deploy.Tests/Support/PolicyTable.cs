using System.Text.Json;
using System.Text.Json.Nodes;

namespace FeedbackCollector.Deploy.Tests.Support;

/// <summary>One allowed statement: these actions on these resources, under this condition (or none).</summary>
internal sealed record AllowedStatement(IReadOnlyList<string> Actions, IReadOnlyList<string> Resources, string Condition)
{
    /// <summary>Order-insensitive text form; two statements grant the same iff their keys are equal.</summary>
    public string Key =>
        string.Join(",", Actions.Order(StringComparer.Ordinal)) + " ON " +
        string.Join(",", Resources.Order(StringComparer.Ordinal)) +
        (Condition.Length == 0 ? "" : " IF " + Condition);
}

/// <summary>One role of the design: which IAM role it is, who may assume it, what it may do.</summary>
internal sealed record RoleEntry(string Name, string LogicalId, string AssumedBy, IReadOnlyList<AllowedStatement> Statements);

/// <summary>sam/iam-policy-table.json: the design's IAM table, the single source a test holds the template to.</summary>
internal sealed record PolicyTable(IReadOnlyDictionary<string, string> Pseudo, IReadOnlyList<RoleEntry> Roles)
{
    public static PolicyTable Load(string path)
    {
        var root = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        var pseudo = root["pseudoParameters"]!.AsObject().ToDictionary(kv => kv.Key, kv => (string)kv.Value!);
        var roles = root["roles"]!.AsObject().Select(kv => new RoleEntry(
            kv.Key,
            (string)kv.Value!["logicalId"]!,
            (string)kv.Value!["assumedBy"]!,
            kv.Value!["statements"]!.AsArray().Select(s => new AllowedStatement(
                Strings(s!["actions"]), Strings(s["resources"]), Canonical(s["condition"]))).ToList())).ToList();
        return new PolicyTable(pseudo, roles);
    }

    public RoleEntry Role(string name) => Roles.Single(r => r.Name == name);

    public static IReadOnlyList<string> Strings(JsonNode? node) => node switch
    {
        JsonArray a => a.Select(x => (string)x!).ToList(),
        JsonValue v => [(string)v!],
        _ => [],
    };

    /// <summary>Condition blocks compared as sorted-key JSON, so key order in YAML does not matter.</summary>
    public static string Canonical(JsonNode? node) => node is null ? "" : Sorted(node).ToJsonString(Compact);

    private static JsonNode Sorted(JsonNode node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)Sorted(kv.Value!)))),
        _ => node.DeepClone(),
    };

    private static readonly JsonSerializerOptions Compact = new() { WriteIndented = false };
}
