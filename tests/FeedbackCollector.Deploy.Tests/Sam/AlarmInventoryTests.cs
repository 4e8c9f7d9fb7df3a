using System.Text.Json.Nodes;
using FeedbackCollector.Deploy.Tests.Support;

namespace FeedbackCollector.Deploy.Tests.Sam;

public sealed class AlarmInventoryTests
{
    private static readonly JsonObject Template = Templates.ExpandedAppTemplate();

    private static JsonObject Alarm(string suffix) =>
        Template.Single("AWS::CloudWatch::Alarm", a => ((string?)a["AlarmName"]?["Fn::Sub"])?.EndsWith(suffix, StringComparison.Ordinal) == true);

    [Fact]
    public void Any_request_builder_error_in_a_day_raises_an_alarm()
    {
        var alarm = Alarm("-request-builder-errors");

        ((string?)alarm["MetricName"]).Should().Be("Errors");
        ((string?)alarm["Dimensions"]![0]!["Value"]!["Ref"]).Should().Be("RequestBuilderFunction");
        ((int)alarm["Period"]!).Should().Be(86400);
        ((int)alarm["Threshold"]!).Should().Be(0);
        ((string?)alarm["ComparisonOperator"]).Should().Be("GreaterThanThreshold");
    }

    [Fact]
    public void More_than_five_signature_failures_an_hour_raise_an_alarm_from_the_reply_handler_log()
    {
        var filter = Template.OfType("AWS::Logs::MetricFilter").Select(f => f.Properties)
            .Single(f => f["FilterPattern"] is JsonObject p && (string?)p["Ref"] == "SignatureFailureFilterPattern");
        ((string?)filter["LogGroupName"]!["Ref"]).Should().Be("ReplyHandlerLogGroup");
        var metric = (string?)filter["MetricTransformations"]![0]!["MetricName"];

        var alarm = Alarm("-reply-signature-failures");
        ((string?)alarm["MetricName"]).Should().Be(metric);
        ((int)alarm["Period"]!).Should().Be(3600);
        ((int)alarm["Threshold"]!).Should().Be(5);
        ((string?)alarm["ComparisonOperator"]).Should().Be("GreaterThanThreshold");
    }

    [Fact]
    public void A_dispatch_failure_rate_above_one_percent_over_a_day_raises_an_alarm()
    {
        var alarm = Alarm("-dispatch-failure-rate");
        var metrics = alarm["Metrics"]!.AsArray();

        ((string?)metrics.Single(m => (bool?)m!["ReturnData"] == true)!["Expression"]).Should().Contain("100 * errors / invocations");
        metrics.Where(m => m!["MetricStat"] is not null)
            .Should().OnlyContain(m => (int)m!["MetricStat"]!["Period"]! == 86400
                && (string?)m["MetricStat"]!["Metric"]!["Dimensions"]![0]!["Value"]!["Ref"] == "DispatchFunction");
        ((int)alarm["Threshold"]!).Should().Be(1);
    }

    [Fact]
    public void A_monthly_budget_of_15_usd_warns_the_cost_topic_at_80_and_100_percent()
    {
        var topic = Template.Single("AWS::SNS::Topic", t => (string?)t["TopicName"] == "fc-cost-alarm");
        topic.Should().NotBeNull();
        var budget = Template.OfType("AWS::Budgets::Budget").Single().Properties;

        ((int)budget["Budget"]!["BudgetLimit"]!["Amount"]!).Should().Be(15);
        ((string?)budget["Budget"]!["BudgetLimit"]!["Unit"]).Should().Be("USD");
        ((string?)budget["Budget"]!["TimeUnit"]).Should().Be("MONTHLY");
        var notifications = budget["NotificationsWithSubscribers"]!.AsArray();
        notifications.Select(n => (int)n!["Notification"]!["Threshold"]!).Should().BeEquivalentTo([80, 100]);
        notifications.Should().OnlyContain(n => (string?)n!["Subscribers"]![0]!["Address"]!["Ref"] == "CostAlarmTopic");
    }

    [Fact]
    public void Every_alarm_notifies_someone()
    {
        Template.OfType("AWS::CloudWatch::Alarm").Should().HaveCount(9)
            .And.OnlyContain(a => a.Properties["AlarmActions"]!.AsArray().Count == 1);
    }

    [Fact]
    public void Every_function_log_group_counts_error_throttle_and_timeout_lines_and_any_raises_an_alarm()
    {
        var groups = Template.OfType("AWS::Logs::LogGroup").Select(g => g.Id).ToList();
        var filters = Template.OfType("AWS::Logs::MetricFilter").Where(f => (string?)f.Properties["MetricTransformations"]![0]!["MetricName"] == "ErrorLines").ToList();

        filters.Select(f => (string?)f.Properties["LogGroupName"]!["Ref"]).Should().BeEquivalentTo(groups);
        filters.Should().OnlyContain(f => ((string)f.Properties["FilterPattern"]!).Contains("error", StringComparison.Ordinal)
            && ((string)f.Properties["FilterPattern"]!).Contains("hrottl", StringComparison.Ordinal)
            && ((string)f.Properties["FilterPattern"]!).Contains("timed out", StringComparison.Ordinal));
        ((string?)Alarm("-error-lines")["MetricName"]).Should().Be("ErrorLines");
    }

    [Theory]
    [InlineData("-doc-edit-refused", "DocEditRefused")]
    [InlineData("-send-failed-permanently", "SendFailedPermanently")]
    [InlineData("-owner-not-reached", "OwnerNotReached")]
    [InlineData("-customer-rows-refused", "CustomerRowsRefused")]
    public void Each_owner_alert_the_roles_count_in_embedded_metric_lines_raises_an_alarm_the_first_time(string suffix, string metric)
    {
        var alarm = Alarm(suffix);

        ((string?)alarm["Namespace"]).Should().Be("FeedbackCollector");
        ((string?)alarm["MetricName"]).Should().Be(metric);
        alarm["Dimensions"].Should().BeNull("the embedded metric lines carry no dimensions");
        ((int)alarm["Threshold"]!).Should().Be(0);
        ((string?)alarm["ComparisonOperator"]).Should().Be("GreaterThanThreshold");
    }

    [Fact]
    public void A_calendar_that_fails_three_hourly_runs_in_a_row_raises_an_alarm()
    {
        var alarm = Alarm("-calendar-sync-failed");

        ((string?)alarm["Namespace"]).Should().Be("FeedbackCollector");
        ((string?)alarm["MetricName"]).Should().Be("CalendarSyncFailed");
        alarm["Dimensions"].Should().BeNull("the embedded metric lines carry no dimensions");
        ((int)alarm["Period"]!).Should().Be(3600);
        ((int)alarm["EvaluationPeriods"]!).Should().Be(3);
        ((int)alarm["DatapointsToAlarm"]!).Should().Be(3);
    }
}
