using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace FeedbackCollector.Deploy.Tests.Support;

/// <summary>
/// Renders a CloudFormation value (a literal, Ref, Fn::Sub, Fn::GetAtt) as the string it would be
/// in one example deployment: pseudo parameters from <paramref name="pseudo"/>, template parameters
/// at their defaults, and other resources as ${LogicalId} or ${LogicalId.Attribute}. Anything else
/// renders as its JSON so a comparison fails visibly instead of guessing.
/// </summary>
internal sealed partial class Intrinsics(JsonObject template, IReadOnlyDictionary<string, string> pseudo)
{
    public string Render(JsonNode? value) => value switch
    {
        JsonValue v => v.ToString(),
        JsonObject o when o.Count == 1 && o["Ref"] is JsonValue r => RenderName((string)r!),
        JsonObject o when o.Count == 1 && o["Fn::GetAtt"] is JsonArray a => "${" + string.Join('.', a.Select(x => (string?)x)) + "}",
        JsonObject o when o.Count == 1 && o["Fn::Sub"] is JsonValue s => Substitute((string)s!, []),
        JsonObject o when o.Count == 1 && o["Fn::Sub"] is JsonArray and [JsonValue s, JsonObject vars] =>
            Substitute((string)s!, vars.ToDictionary(kv => kv.Key, kv => Render(kv.Value))),
        null => "",
        _ => value.ToJsonString(),
    };

    private string Substitute(string text, Dictionary<string, string> vars) =>
        Placeholder().Replace(text, m =>
        {
            var name = m.Groups[1].Value;
            if (vars.TryGetValue(name, out var local)) return local;
            return name.Contains('.', StringComparison.Ordinal) ? m.Value : RenderName(name);
        });

    private string RenderName(string name)
    {
        if (pseudo.TryGetValue(name, out var p)) return p;
        if (template["Parameters"]?[name] is JsonObject parameter && parameter["Default"] is JsonNode d) return Render(d);
        return "${" + name + "}";
    }

    [GeneratedRegex(@"\$\{([^}!][^}]*)\}")]
    private static partial Regex Placeholder();
}
