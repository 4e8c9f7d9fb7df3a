using System.Text.Json.Nodes;
using FeedbackCollector.Deploy.Tests.Support;

namespace FeedbackCollector.Deploy.Tests.Sam;

public sealed class IamPolicyTests
{
    private static readonly PolicyTable Table = PolicyTable.Load(Templates.PolicyTablePath);

    [Fact]
    public void Every_role_grants_exactly_the_statements_of_the_iam_table()
    {
        var problems = PolicyChecker.Check(Templates.ExpandedAppTemplate(), Table);

        problems.Should().BeEmpty();
    }

    [Fact]
    public void The_table_covers_the_eight_function_roles_the_two_scheduler_roles_and_the_optional_chatbot_role()
    {
        Table.Roles.Select(r => r.Name).Should().BeEquivalentTo(
            "drive-sync", "intake-webhook", "calendar-sync", "request-builder", "reply-handler",
            "router", "dispatch", "sweep-summary", "ask-scheduler", "recurring-scheduler", "chatbot");
        Table.Roles.Single(r => r.Name == "chatbot").Statements.Should().BeEmpty("Chatbot only relays the alarm topics to Slack");
    }

    [Fact]
    public void Only_router_and_sweep_summary_may_call_bedrock_and_only_on_the_two_models()
    {
        var withBedrock = Table.Roles
            .Where(r => r.Statements.Any(s => s.Actions.Any(a => a.StartsWith("bedrock:", StringComparison.Ordinal))))
            .Select(r => r.Name);
        withBedrock.Should().BeEquivalentTo("router", "sweep-summary");

        var resources = Table.Role("router").Statements.Single(s => s.Actions.Contains("bedrock:InvokeModel")).Resources;
        resources.Should().BeEquivalentTo(
            "arn:aws:bedrock:ap-southeast-1:111122223333:inference-profile/global.anthropic.claude-haiku-4-5-20251001-v1:0",
            "arn:aws:bedrock:ap-southeast-1:111122223333:inference-profile/global.anthropic.claude-sonnet-4-6",
            "arn:aws:bedrock:*::foundation-model/anthropic.claude-haiku-4-5-20251001-v1:0",
            "arn:aws:bedrock:*::foundation-model/anthropic.claude-sonnet-4-6");
    }

    [Fact]
    public void Only_the_roles_that_create_ask_schedules_may_pass_the_ask_scheduler_role_and_only_to_eventbridge_scheduler()
    {
        // request-builder schedules the first ask; sweep-summary schedules the one follow-up and reschedules.
        foreach (var role in new[] { "request-builder", "sweep-summary" })
        {
            var pass = Table.Role(role).Statements.Single(s => s.Actions.Contains("iam:PassRole"));
            pass.Resources.Should().Equal("${AskSchedulerRole.Arn}");
            pass.Condition.Should().Be("""{"StringEquals":{"iam:PassedToService":"scheduler.amazonaws.com"}}""");
        }
        Table.Roles.Where(r => r.Statements.Any(s => s.Actions.Contains("iam:PassRole")))
            .Select(r => r.Name).Should().BeEquivalentTo("request-builder", "sweep-summary");
    }

    [Fact]
    public void An_action_added_to_the_template_file_fails_the_check()
    {
        var text = File.ReadAllText(Templates.AppTemplatePath);
        var role = text.IndexOf("        - PolicyName: fc-calendar-sync", StringComparison.Ordinal);
        role.Should().BePositive();
        var statements = text.IndexOf("            Statement:\n", role, StringComparison.Ordinal) + "            Statement:\n".Length;
        var copy = Path.Combine(Path.GetTempPath(), $"fc-widened-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(copy, text.Insert(statements, ExtraStatement));
        try
        {
            var problems = PolicyChecker.Check(Templates.Expand(copy), Table);

            problems.Should().ContainSingle().Which.Should().StartWith("calendar-sync: grants more than the table: dynamodb:DeleteItem");
        }
        finally
        {
            File.Delete(copy);
        }
    }

    private const string ExtraStatement = """
                      - Sid: Widened
                        Effect: Allow
                        Action:
                          - dynamodb:DeleteItem
                        Resource:
                          - !GetAtt StateTable.Arn

        """;

    [Fact]
    public void A_star_resource_fails_the_check_even_when_the_table_says_the_same()
    {
        var template = Templates.ExpandedAppTemplate();
        Statement(template, "DispatchRole", "SendMail")["Resource"] = new JsonArray("*");
        var widenedTable = Table with
        {
            Roles = Table.Roles.Select(r => r.Name != "dispatch" ? r : r with
            {
                Statements = r.Statements.Select(s => s.Actions.Contains("ses:SendEmail") ? s with { Resources = ["*"] } : s).ToList(),
            }).ToList(),
        };

        PolicyChecker.Check(template, Table).Should().Contain(p => p.StartsWith("dispatch: grants more than the table", StringComparison.Ordinal));
        PolicyChecker.Check(template, widenedTable).Should().ContainSingle(p => p.StartsWith("dispatch: \"*\" resource", StringComparison.Ordinal));
    }

    [Fact]
    public void Bedrock_outside_router_and_sweep_summary_fails_the_check()
    {
        var template = Templates.ExpandedAppTemplate();
        Statement(template, "ReplyHandlerRole", "HandOn")["Action"]!.AsArray().Add("bedrock:InvokeModel");

        var problems = PolicyChecker.Check(template, Table);

        problems.Should().Contain(p => p.StartsWith("reply-handler: Bedrock is only for router and sweep-summary", StringComparison.Ordinal));
        problems.Should().Contain(p => p.StartsWith("reply-handler: grants more than the table", StringComparison.Ordinal));
    }

    [Fact]
    public void A_dropped_pass_role_condition_fails_the_check()
    {
        var template = Templates.ExpandedAppTemplate();
        Statement(template, "RequestBuilderRole", "PassAskSchedulerRole").Remove("Condition");

        PolicyChecker.Check(template, Table).Should().Contain(p =>
            p.StartsWith("request-builder: grants more than the table: iam:PassRole", StringComparison.Ordinal));
    }

    [Fact]
    public void An_extra_role_or_a_managed_policy_fails_the_check()
    {
        var template = Templates.ExpandedAppTemplate();
        template.Resources()["SneakyRole"] = template.Resources()["AskSchedulerRole"]!.DeepClone();
        template.Resources()["RouterRole"]!["Properties"]!["ManagedPolicyArns"] = new JsonArray("arn:aws:iam::aws:policy/AdministratorAccess");

        var problems = PolicyChecker.Check(template, Table);

        problems.Should().Contain("role SneakyRole is not in the IAM table").And.Contain("router: has managed policies");
    }

    [Fact]
    public void A_function_running_as_another_functions_role_fails_the_check()
    {
        var template = Templates.ExpandedAppTemplate();
        template.Resources()["IntakeWebhookFunction"]!["Properties"]!["Role"] = new JsonObject { ["Fn::GetAtt"] = new JsonArray("RouterRole", "Arn") };

        PolicyChecker.Check(template, Table).Should().Contain("function IntakeWebhookFunction (intake-webhook) runs as RouterRole, table says IntakeWebhookRole");
    }

    private static JsonObject Statement(JsonObject template, string roleId, string sid) =>
        template.Resources()[roleId]!["Properties"]!["Policies"]![0]!["PolicyDocument"]!["Statement"]!.AsArray()
            .Single(s => (string?)s!["Sid"] == sid)!.AsObject();
}
