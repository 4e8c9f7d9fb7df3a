using System.Text.Json.Nodes;
using FeedbackCollector.Testing;

namespace FeedbackCollector.Deploy.Tests.Support;

/// <summary>
/// The deploy files as JSON: the app template expanded by aws-sam-translator (what CloudFormation
/// receives), and any YAML file read as-is. Expansion takes seconds, so the repo's template is
/// expanded once per test run.
/// </summary>
internal static class Templates
{
    public static string AppTemplatePath => RepoPaths.Of("sam", "template.yaml");
    public static string SesTemplatePath => RepoPaths.Of("sam", "ses-inbound.yaml");
    public static string WorkflowPath => RepoPaths.Of(".github", "workflows", "deploy.yml");
    public static string PolicyTablePath => RepoPaths.Of("sam", "iam-policy-table.json");
    private static string ExpandScript => RepoPaths.Of("tests", "FeedbackCollector.Deploy.Tests", "tools", "expand.py");

    private static readonly Lazy<JsonObject> ExpandedApp = new(() => Expand(AppTemplatePath));

    /// <summary>A fresh copy each call, so a test may mutate it.</summary>
    public static JsonObject ExpandedAppTemplate() => (JsonObject)ExpandedApp.Value.DeepClone();

    public static JsonObject Expand(string templatePath) => RunExpand(templatePath);

    public static JsonObject ReadYaml(string path) => RunExpand("--raw", path);

    private static JsonObject RunExpand(params string[] args)
    {
        var result = ToolRun.Run("python3", [ExpandScript, .. args]);
        if (result.ExitCode != 0) throw new InvalidOperationException("expand.py failed: " + result.Describe());
        return JsonNode.Parse(result.StdOut)?.AsObject()
            ?? throw new InvalidOperationException("expand.py printed no JSON");
    }

    public static JsonObject Resources(this JsonObject template) => template["Resources"]!.AsObject();

    public static IEnumerable<(string Id, JsonObject Properties)> OfType(this JsonObject template, string type) =>
        template.Resources()
            .Where(r => (string?)r.Value!["Type"] == type)
            .Select(r => (r.Key, r.Value!["Properties"]?.AsObject() ?? []));

    public static JsonObject Single(this JsonObject template, string type, Func<JsonObject, bool> match) =>
        template.OfType(type).Select(r => r.Properties).Single(match);
}
