using FeedbackCollector.Lambda.Composition;
using FeedbackCollector.Testing;
using FeedbackCollector.Testing.Sam;
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
    private static Dictionary<string, IReadOnlyList<string>> ExpandedFunctions() =>
        SamTemplates.ExpandedApp().OfType("AWS::Lambda::Function")
            .Select(f => f.Properties["Environment"]!["Variables"]!.AsObject())
            .ToDictionary(v => (string)v["FC_ROLE"]!, v => (IReadOnlyList<string>)v.Select(p => p.Key).ToArray());
}
