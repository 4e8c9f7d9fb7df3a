using System.Text.Json.Nodes;
using FeedbackCollector.Deploy.Tests.Support;

namespace FeedbackCollector.Deploy.Tests.Sam;

/// <summary>
/// The table's ARNs are built from names, not references; these tests make sure each name is
/// something this template really creates, so a renamed function or bucket cannot leave a policy
/// pointing at nothing (or at someone else's resource).
/// </summary>
public sealed class PolicyTargetsTests
{
    private static readonly JsonObject Template = Templates.ExpandedAppTemplate();
    private static readonly PolicyTable Table = PolicyTable.Load(Templates.PolicyTablePath);
    private static readonly Intrinsics Render = new(Template, Table.Pseudo);

    private static IEnumerable<string> Granted(string actionPrefix) =>
        Table.Roles.SelectMany(r => r.Statements)
            .Where(s => s.Actions.Any(a => a.StartsWith(actionPrefix, StringComparison.Ordinal)))
            .SelectMany(s => s.Resources);

    [Fact]
    public void Every_function_a_policy_may_invoke_is_a_function_of_this_stack()
    {
        var functions = Template.OfType("AWS::Lambda::Function")
            .Select(f => "arn:aws:lambda:ap-southeast-1:111122223333:function:" + Render.Render(f.Properties["FunctionName"]))
            .ToList();

        Granted("lambda:").Should().NotBeEmpty().And.OnlyContain(arn => functions.Contains(arn));
    }

    [Fact]
    public void Every_log_group_a_role_writes_is_a_log_group_of_this_stack()
    {
        var groups = Template.OfType("AWS::Logs::LogGroup")
            .Select(g => "arn:aws:logs:ap-southeast-1:111122223333:log-group:" + Render.Render(g.Properties["LogGroupName"]) + ":*")
            .ToList();

        Granted("logs:").Should().HaveCount(8).And.OnlyContain(arn => groups.Contains(arn));
    }

    [Fact]
    public void Every_bucket_a_policy_names_is_a_bucket_of_this_stack()
    {
        var buckets = Template.OfType("AWS::S3::Bucket").Select(b => "arn:aws:s3:::" + Render.Render(b.Properties["BucketName"]) + "/").ToList();

        // An object ARN (bucket/…), or the bucket's own ARN for the list actions (request-builder's erasure).
        Granted("s3:").Should().NotBeEmpty().And.OnlyContain(arn => buckets.Any(b => arn.StartsWith(b, StringComparison.Ordinal) || arn + "/" == b));
    }

    [Fact]
    public void The_one_off_schedules_target_the_function_the_ask_scheduler_may_invoke()
    {
        var requestBuilder = Template.OfType("AWS::Lambda::Function").Single(f => (string?)f.Properties["Environment"]!["Variables"]!["FC_ROLE"] == "request-builder");
        var target = Render.Render(requestBuilder.Properties["Environment"]!["Variables"]!["FC_SEND_TARGET_ARN"]);

        Table.Role("ask-scheduler").Statements.Single().Resources.Should().Equal(target);
        Table.Role("request-builder").Statements.Single(s => s.Actions.Contains("scheduler:CreateSchedule")).Resources
            .Should().Equal($"arn:aws:scheduler:ap-southeast-1:111122223333:schedule/{Render.Render(Template.Resources()["AskScheduleGroup"]!["Properties"]!["Name"])}/*");
    }
}
