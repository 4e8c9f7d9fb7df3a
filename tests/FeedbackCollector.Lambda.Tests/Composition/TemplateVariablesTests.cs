using System.Diagnostics;
using System.Text.Json.Nodes;
using FeedbackCollector.Lambda.Composition;
using FeedbackCollector.Testing;
using RoleNames = FeedbackCollector.Lambda.Roles.Roles;

namespace FeedbackCollector.Lambda.Tests.Composition;

/// <summary>sam/template.yaml, expanded by aws-sam-translator (Globals merged), gives each function every variable its role reads.</summary>
public sealed class TemplateVariablesTests
{
    [Fact]
    public void Every_function_in_the_template_gets_each_variable_its_role_reads()
    {
        var functions = ExpandedFunctions();

        functions.Keys.Should().BeEquivalentTo(RoleNames.Names);
        foreach (var (role, variables) in functions)
        {
            variables.Should().Contain(RoleVariables.For(RoleNames.Parse(role)), $"{role} reads them (RoleVariables)");
        }
    }

    [Fact]
    public void The_secrets_each_role_reads_are_documented_in_docs_aws()
    {
        var doc = File.ReadAllText(RepoPaths.Of("docs", "aws.md"));
        foreach (var name in RoleNames.Names.SelectMany(r => RoleSecrets.For(RoleNames.Parse(r))).Distinct())
        {
            doc.Should().Contain(name);
        }
        foreach (var name in RoleNames.Names.SelectMany(r => RoleVariables.For(RoleNames.Parse(r))).Distinct())
        {
            doc.Should().Contain(name, "every variable a role reads is documented");
        }
    }

    /// <summary>FC_ROLE → the variable names the expanded template sets for that function.</summary>
    private static Dictionary<string, IReadOnlyList<string>> ExpandedFunctions()
    {
        var script = RepoPaths.Of("tests", "FeedbackCollector.Deploy.Tests", "tools", "expand.py");
        var info = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(script);
        info.ArgumentList.Add(RepoPaths.Of("sam", "template.yaml"));
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit(120_000).Should().BeTrue();
        if (process.ExitCode != 0 && stderr.Contains("No module named", StringComparison.Ordinal)) Assert.Skip("aws-sam-translator is not installed: " + stderr);
        process.ExitCode.Should().Be(0, stderr);
        var template = JsonNode.Parse(stdout.Result)!.AsObject();
        return template["Resources"]!.AsObject()
            .Where(r => (string?)r.Value!["Type"] == "AWS::Lambda::Function")
            .Select(r => r.Value!["Properties"]!["Environment"]!["Variables"]!.AsObject())
            .ToDictionary(v => (string)v["FC_ROLE"]!, v => (IReadOnlyList<string>)v.Select(p => p.Key).ToArray());
    }
}
