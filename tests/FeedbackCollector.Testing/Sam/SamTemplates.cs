using System.Diagnostics;
using System.Text.Json.Nodes;

namespace FeedbackCollector.Testing.Sam;

/// <summary>
/// sam/template.yaml as CloudFormation receives it: expanded by aws-sam-translator (Globals merged into each
/// function) through tests/FeedbackCollector.Deploy.Tests/tools/expand.py. Skips the test when the translator is missing.
/// </summary>
public static class SamTemplates
{
    public static string AppTemplatePath => RepoPaths.Of("sam", "template.yaml");

    private static readonly Lazy<JsonObject> App = new(() => Expand(AppTemplatePath));

    /// <summary>A fresh copy of the expanded app template each call, so a test may mutate it.</summary>
    public static JsonObject ExpandedApp() => (JsonObject)App.Value.DeepClone();

    public static JsonObject Expand(string templatePath)
    {
        var info = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(RepoPaths.Of("tests", "FeedbackCollector.Deploy.Tests", "tools", "expand.py"));
        info.ArgumentList.Add(templatePath);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit(120_000);
        if (process.ExitCode != 0 && stderr.Contains("No module named", StringComparison.Ordinal)) Assert.Skip("aws-sam-translator is not installed: " + stderr);
        if (process.ExitCode != 0) throw new InvalidOperationException("expand.py failed: " + stderr);
        return JsonNode.Parse(stdout.Result)!.AsObject();
    }

    /// <summary>The resources of one CloudFormation type, by logical id.</summary>
    public static IEnumerable<(string Id, JsonObject Properties)> OfType(this JsonObject template, string type) =>
        template["Resources"]!.AsObject()
            .Where(r => (string?)r.Value!["Type"] == type)
            .Select(r => (r.Key, r.Value!["Properties"]?.AsObject() ?? []));
}
