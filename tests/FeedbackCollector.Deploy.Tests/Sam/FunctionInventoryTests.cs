using System.Text.Json.Nodes;
using FeedbackCollector.Deploy.Tests.Support;

namespace FeedbackCollector.Deploy.Tests.Sam;

public sealed class FunctionInventoryTests
{
    private static readonly JsonObject Template = Templates.ExpandedAppTemplate();

    public static TheoryData<string, int, int> Roles => new()
    {
        { "drive-sync", 256, 30 },
        { "intake-webhook", 256, 15 },
        { "calendar-sync", 256, 30 },
        { "request-builder", 256, 30 },
        { "reply-handler", 256, 15 },
        { "router", 256, 30 },
        { "dispatch", 256, 30 },
        { "sweep-summary", 512, 120 },
    };

    private static List<JsonObject> Functions() => Template.OfType("AWS::Lambda::Function").Select(f => f.Properties).ToList();

    private static JsonObject Function(string role) =>
        Functions().Single(f => (string?)f["Environment"]?["Variables"]?["FC_ROLE"] == role);

    [Fact]
    public void There_are_exactly_eight_functions_one_per_role()
    {
        Functions().Select(f => (string?)f["Environment"]?["Variables"]?["FC_ROLE"])
            .Should().BeEquivalentTo(Roles.Select(r => r.Data.Item1));
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public void Each_function_runs_the_one_arm64_bootstrap_with_its_memory_and_timeout(string role, int memory, int timeout)
    {
        var f = Function(role);

        ((string?)f["Runtime"]).Should().Be("provided.al2023");
        ((string?)f["Handler"]).Should().Be("bootstrap");
        f["Architectures"]!.AsArray().Select(a => (string?)a).Should().Equal("arm64");
        ((int)f["MemorySize"]!).Should().Be(memory);
        ((int)f["Timeout"]!).Should().Be(timeout);
        f.ContainsKey("VpcConfig").Should().BeFalse("the design has no VPC");
        ((string?)f["FunctionName"]?["Fn::Sub"]).Should().Be("${AWS::StackName}-" + role);
    }

    [Fact]
    public void All_functions_share_the_bootstrap_folder_built_by_scripts_publish()
    {
        var raw = Templates.ReadYaml(Templates.AppTemplatePath);

        ((string?)raw["Globals"]!["Function"]!["CodeUri"]).Should().Be("../artifacts/lambda/arm64/");
        raw.OfType("AWS::Serverless::Function").Should().OnlyContain(f => !f.Properties.ContainsKey("CodeUri"));
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public void Each_function_logs_to_its_own_group_kept_seven_days(string role, int memory, int timeout)
    {
        _ = (memory, timeout);
        var group = Template.Single("AWS::Logs::LogGroup",
            g => (string?)g["LogGroupName"]?["Fn::Sub"] == "/aws/lambda/${AWS::StackName}-" + role);

        ((int)group["RetentionInDays"]!).Should().Be(7);
    }

    [Fact]
    public void Only_intake_webhook_and_reply_handler_have_public_function_urls()
    {
        var urls = Template.OfType("AWS::Lambda::Url").ToList();

        urls.Select(u => (string?)u.Properties["TargetFunctionArn"]?["Ref"])
            .Should().BeEquivalentTo("IntakeWebhookFunction", "ReplyHandlerFunction");
        urls.Should().OnlyContain(u => (string?)u.Properties["AuthType"] == "NONE");
        foreach (var fn in new[] { "IntakeWebhookFunction", "ReplyHandlerFunction" })
        {
            var permissions = Template.OfType("AWS::Lambda::Permission")
                .Where(p => (string?)p.Properties["FunctionName"]?["Ref"] == fn && (string?)p.Properties["Principal"] == "*")
                .Select(p => (string?)p.Properties["Action"]);
            permissions.Should().BeEquivalentTo(["lambda:InvokeFunctionUrl", "lambda:InvokeFunction"], fn + " needs both URL permissions");
        }
    }

    [Fact]
    public void No_resource_policy_lets_anyone_else_invoke_a_function()
    {
        var grants = Template.OfType("AWS::Lambda::Permission").Select(p =>
            $"{p.Properties["FunctionName"]?["Ref"] ?? p.Properties["FunctionName"]?["Fn::GetAtt"]?[0]} " +
            $"{p.Properties["Action"]} {p.Properties["Principal"]}");

        grants.Should().BeEquivalentTo(
            "IntakeWebhookFunction lambda:InvokeFunctionUrl *",
            "IntakeWebhookFunction lambda:InvokeFunction *",
            "ReplyHandlerFunction lambda:InvokeFunctionUrl *",
            "ReplyHandlerFunction lambda:InvokeFunction *",
            "ReplyHandlerFunction lambda:InvokeFunction s3.amazonaws.com",
            "RequestBuilderFunction lambda:InvokeFunction s3.amazonaws.com");
        Template.OfType("AWS::Lambda::Permission").Where(p => (string?)p.Properties["Principal"] == "*")
            .Should().OnlyContain(p => p.Properties.ContainsKey("FunctionUrlAuthType") || (bool?)p.Properties["InvokedViaFunctionUrl"] == true);
        Template.OfType("AWS::Lambda::Permission").Where(p => (string?)p.Properties["Principal"] == "s3.amazonaws.com")
            .Should().HaveCount(2).And.OnlyContain(p => (string?)p.Properties["SourceAccount"]!["Ref"] == "AWS::AccountId");
    }

    [Fact]
    public void Reply_handler_is_triggered_by_inbound_mime_only()
    {
        var bucket = Template.Resources()["RawMimeBucket"]!["Properties"]!;
        var config = bucket["NotificationConfiguration"]!["LambdaConfigurations"]!.AsArray().Single()!;

        ((string?)config["Function"]!["Fn::GetAtt"]![0]).Should().Be("ReplyHandlerFunction");
        ((string?)config["Filter"]!["S3Key"]!["Rules"]![0]!["Value"]).Should().Be("inbound/");
    }

    [Fact]
    public void Request_builder_is_triggered_by_the_customer_sheets_mirror_only()
    {
        var bucket = Template.Resources()["CustomersBucket"]!["Properties"]!;
        var config = bucket["NotificationConfiguration"]!["LambdaConfigurations"]!.AsArray().Single()!;

        ((string?)config["Function"]!["Fn::GetAtt"]![0]).Should().Be("RequestBuilderFunction");
        ((string?)config["Filter"]!["S3Key"]!["Rules"]![0]!["Value"]).Should().Be("customers.csv");
        ((string?)bucket["VersioningConfiguration"]!["Status"]).Should().Be("Enabled", "a bad Drive edit is rolled back by restoring a version");
    }

    [Fact]
    public void Functions_are_told_each_other_and_the_resources_by_name()
    {
        var vars = (string role) => Function(role)["Environment"]!["Variables"]!.AsObject();

        ((string?)vars("reply-handler")["FC_ROUTER_FUNCTION"]!["Fn::Sub"]).Should().Be("${AWS::StackName}-router");
        ((string?)vars("router")["FC_DISPATCH_FUNCTION"]!["Fn::Sub"]).Should().Be("${AWS::StackName}-dispatch");
        ((string?)vars("request-builder")["FC_SEND_TARGET_ARN"]!["Fn::Sub"]).Should().EndWith(":function:${AWS::StackName}-request-builder");
        ((string?)vars("request-builder")["FC_SCHEDULER_ROLE_ARN"]!["Fn::GetAtt"]![0]).Should().Be("AskSchedulerRole");
        ((string?)vars("request-builder")["FC_SCHEDULE_GROUP"]!["Ref"]).Should().Be("AskScheduleGroup");
        foreach (var role in Roles.Select(r => r.Data.Item1))
        {
            vars(role).Select(kv => kv.Key).Should().Contain(["FC_STATE_TABLE", "FC_FEEDBACK_TABLE", "FC_AUDIT_TABLE",
                "FC_CUSTOMERS_BUCKET", "FC_RULES_BUCKET", "FC_RAW_MIME_BUCKET", "FC_CONFIG_PATH"]);
            ((string?)vars(role)["FC_CONFIG_PATH"]).Should().Be("/fc/config/");
        }
    }

    [Fact]
    public void No_function_is_given_the_bootstrap_test_clock_so_deployed_roles_run_on_system_time()
    {
        // FC_TEST_CLOCK_START (Lambda's BootstrapClock) lets the rehearsal start a bootstrap at a chosen instant; production must never.
        foreach (var function in Functions())
            (function["Environment"]?["Variables"]?.AsObject().Select(kv => kv.Key) ?? []).Should().NotContain("FC_TEST_CLOCK_START");
        foreach (var file in Directory.EnumerateFiles(FeedbackCollector.Testing.RepoPaths.Of("sam"), "*", SearchOption.AllDirectories))
            File.ReadAllText(file).Should().NotContain("FC_TEST_CLOCK_START", "{0} is deployed", file);
    }
}
