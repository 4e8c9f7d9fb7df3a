using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace FeedbackCollector.Lambda.Tests.Rehearsal;

/// <summary>
/// Renders the expanded template's values as CloudFormation would in one account: pseudo parameters, the template
/// parameters the operator gave (sam/samconfig.toml's parameter_overrides) or their defaults, and each resource's
/// physical name or attribute. A value it cannot render fails the rehearsal, naming it: the stack would not deploy.
/// </summary>
internal sealed partial class TemplateValues(JsonObject template, IReadOnlyDictionary<string, string> parameters, string account, string stack)
{
    public const string Region = "ap-southeast-1";

    public string Account => account;

    public string Render(JsonNode? value) => value switch
    {
        JsonValue v => v.ToString(),
        JsonObject o when o["Ref"] is JsonValue r => RefOf((string)r!),
        JsonObject o when o["Fn::GetAtt"] is JsonArray a => AttributeOf((string)a[0]!, (string)a[1]!),
        JsonObject o when o["Fn::Sub"] is JsonValue s => Substitute((string)s!, []),
        JsonObject o when o["Fn::Sub"] is JsonArray and [JsonValue s, JsonObject vars] =>
            Substitute((string)s!, vars.ToDictionary(kv => kv.Key, kv => Render(kv.Value))),
        JsonObject o when o["Fn::Join"] is JsonArray and [JsonValue sep, JsonArray parts] => string.Join((string)sep!, parts.Select(Render)),
        _ => throw new InvalidOperationException("the rehearsal cannot render " + value?.ToJsonString()),
    };

    private string RefOf(string name)
    {
        switch (name)
        {
            case "AWS::AccountId": return account;
            case "AWS::Region": return Region;
            case "AWS::StackName": return stack;
            case "AWS::Partition": return "aws";
            case "AWS::URLSuffix": return "amazonaws.com";
        }
        if (template["Parameters"]?[name] is JsonObject parameter)
        {
            if (parameters.TryGetValue(name, out var given)) return given;
            return parameter["Default"] is JsonNode d ? Render(d) : throw new InvalidOperationException(
                $"template parameter {name} has no default and the operator gives none (sam/samconfig.toml parameter_overrides, docs/deploy.md)");
        }
        var resource = template["Resources"]?[name] ?? throw new InvalidOperationException($"!Ref {name}: no such parameter or resource");
        var props = resource["Properties"];
        return (string?)resource["Type"] switch
        {
            "AWS::DynamoDB::Table" => Render(props!["TableName"]),
            "AWS::S3::Bucket" => Render(props!["BucketName"]),
            "AWS::Scheduler::ScheduleGroup" or "AWS::SSM::Parameter" or "AWS::SecretsManager::Secret" => Render(props!["Name"]),
            "AWS::Lambda::Function" => Render(props!["FunctionName"]),
            "AWS::IAM::Role" => name,
            "AWS::SNS::Topic" => $"arn:aws:sns:{Region}:{account}:{Render(props!["TopicName"])}",
            var type => throw new InvalidOperationException($"!Ref {name}: the rehearsal does not know the physical id of a {type}"),
        };
    }

    private string AttributeOf(string id, string attribute)
    {
        var resource = template["Resources"]?[id] ?? throw new InvalidOperationException($"!GetAtt {id}.{attribute}: no such resource");
        return ((string?)resource["Type"], attribute) switch
        {
            ("AWS::IAM::Role", "Arn") => $"arn:aws:iam::{account}:role/{id}",
            ("AWS::Lambda::Function", "Arn") => $"arn:aws:lambda:{Region}:{account}:function:{RefOf(id)}",
            ("AWS::Lambda::Url", "FunctionUrl") => FunctionUrlOf(id),
            ("AWS::DynamoDB::Table", "Arn") => $"arn:aws:dynamodb:{Region}:{account}:table/{RefOf(id)}",
            ("AWS::S3::Bucket", "Arn") => $"arn:aws:s3:::{RefOf(id)}",
            var (type, _) => throw new InvalidOperationException($"!GetAtt {id}.{attribute} of a {type}: the rehearsal cannot render it"),
        };
    }

    /// <summary>A Function URL as Lambda mints it: https://{url-id}.lambda-url.{region}.on.aws/ (the id here is the logical id).</summary>
    public static string FunctionUrlOf(string urlResourceId) => $"https://{urlResourceId.ToLowerInvariant()}.lambda-url.{Region}.on.aws/";

    private string Substitute(string text, Dictionary<string, string> vars) =>
        Placeholder().Replace(text, m =>
        {
            var name = m.Groups[1].Value;
            if (vars.TryGetValue(name, out var local)) return local;
            return name.Split('.') is [var id, var attribute] && !name.StartsWith("AWS::", StringComparison.Ordinal) ? AttributeOf(id, attribute) : RefOf(name);
        });

    [GeneratedRegex(@"\$\{([^}!][^}]*)\}")]
    private static partial Regex Placeholder();
}
