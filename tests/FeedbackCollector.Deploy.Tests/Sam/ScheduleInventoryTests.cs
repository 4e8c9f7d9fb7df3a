using System.Text.Json.Nodes;
using FeedbackCollector.Deploy.Tests.Support;

namespace FeedbackCollector.Deploy.Tests.Sam;

public sealed class ScheduleInventoryTests
{
    private static readonly JsonObject Template = Templates.ExpandedAppTemplate();

    [Theory]
    [InlineData("fc-drive-sync", "rate(15 minutes)", "DriveSyncFunction")]
    [InlineData("fc-calendar-sync", "rate(1 hour)", "CalendarSyncFunction")]
    [InlineData("fc-daily-sweep", "cron(0 17 * * ? *)", "SweepSummaryFunction")]
    [InlineData("fc-monthly-summary", "cron(0 9 ? * 2#1 *)", "SweepSummaryFunction")]
    public void Each_recurring_schedule_fires_in_the_business_timezone(string name, string expression, string target)
    {
        var schedule = Template.Single("AWS::Scheduler::Schedule", s => (string?)s["Name"] == name);

        ((string?)schedule["ScheduleExpression"]).Should().Be(expression);
        ((string?)schedule["ScheduleExpressionTimezone"]?["Ref"]).Should().Be("Timezone");
        ((string?)schedule["Target"]!["Arn"]!["Fn::GetAtt"]![0]).Should().Be(target);
        ((string?)schedule["Target"]!["RoleArn"]!["Fn::GetAtt"]![0]).Should().Be("RecurringSchedulerRole");
    }

    [Fact]
    public void There_are_four_recurring_schedules_and_the_timezone_defaults_to_singapore()
    {
        Template.OfType("AWS::Scheduler::Schedule").Should().HaveCount(4);
        ((string?)Template["Parameters"]!["Timezone"]!["Default"]).Should().Be("Asia/Singapore");
    }

    [Fact]
    public void One_off_asks_have_their_own_group_and_an_execution_role_scheduler_can_assume()
    {
        var group = Template.OfType("AWS::Scheduler::ScheduleGroup").Single();
        ((string?)group.Properties["Name"]!["Fn::Sub"]).Should().Be("${AWS::StackName}-asks");

        var trust = Template.Resources()["AskSchedulerRole"]!["Properties"]!["AssumeRolePolicyDocument"]!["Statement"]![0]!;
        ((string?)trust["Principal"]!["Service"]).Should().Be("scheduler.amazonaws.com");
        ((string?)trust["Condition"]!["StringEquals"]!["aws:SourceAccount"]!["Ref"]).Should().Be("AWS::AccountId");
    }
}
