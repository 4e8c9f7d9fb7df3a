using FeedbackCollector.Deploy.Tests.Support;

namespace FeedbackCollector.Deploy.Tests.Sam;

public sealed class TemplateLintTests
{
    [Fact]
    public void Both_templates_pass_cfn_lint_for_ap_southeast_1()
    {
        ToolRun.OnPath("cfn-lint").Should().BeTrue("cfn-lint must be installed (scripts/setup warns when it is not)");

        var result = Lint(Templates.AppTemplatePath, Templates.SesTemplatePath);

        result.ExitCode.Should().Be(0, result.Describe());
    }

    [Fact]
    public void Cfn_lint_rejects_a_template_with_a_misspelt_property()
    {
        var broken = Path.Combine(Path.GetTempPath(), $"fc-lint-{Guid.NewGuid():N}.yaml");
        var text = File.ReadAllText(Templates.AppTemplatePath).Replace("RetentionInDays: 7", "RetentionInDayz: 7", StringComparison.Ordinal);
        File.WriteAllText(broken, text);
        try
        {
            var result = Lint(broken);

            result.ExitCode.Should().NotBe(0);
            result.StdOut.Should().Contain("RetentionInDayz");
        }
        finally
        {
            File.Delete(broken);
        }
    }

    // "--" ends --regions, which otherwise swallows the template paths as more region names.
    private static ToolResult Lint(params string[] templates) =>
        ToolRun.Run("cfn-lint", ["--regions", "ap-southeast-1", "--", .. templates]);
}
