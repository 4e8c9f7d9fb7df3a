using System.Text.Json.Nodes;
using FeedbackCollector.Lambda.Logging;
using FeedbackCollector.Testing.Sam;

namespace FeedbackCollector.Lambda.Tests.Runtime;

/// <summary>Owner alerts are CloudWatch Embedded Metric Format lines whose metrics the template alarms on.</summary>
public sealed class OwnerAlertsTests
{
    [Fact]
    public void An_alert_line_is_an_embedded_metric_document_counting_one()
    {
        var line = JsonNode.Parse(OwnerAlerts.Line("dispatch", OwnerAlerts.OwnerNotReached, new DateTimeOffset(2026, 11, 2, 1, 0, 0, TimeSpan.Zero)))!;

        var metrics = line["_aws"]!["CloudWatchMetrics"]![0]!;
        ((long)line["_aws"]!["Timestamp"]!).Should().Be(1793581200000);
        ((string?)metrics["Namespace"]).Should().Be(OwnerAlerts.Namespace);
        ((string?)metrics["Metrics"]![0]!["Name"]).Should().Be(OwnerAlerts.OwnerNotReached);
        ((int)line[OwnerAlerts.OwnerNotReached]!).Should().Be(1);
        ((string?)line["role"]).Should().Be("dispatch");
    }

    [Fact]
    public void The_template_alarms_on_every_alert_the_roles_count()
    {
        var alarmed = SamTemplates.ExpandedApp().OfType("AWS::CloudWatch::Alarm")
            .Where(a => (string?)a.Properties["Namespace"] == OwnerAlerts.Namespace).Select(a => (string?)a.Properties["MetricName"]);

        alarmed.Should().Contain(OwnerAlerts.All);
    }
}
