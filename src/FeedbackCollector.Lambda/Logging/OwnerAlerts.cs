using System.Text;
using System.Text.Json;

namespace FeedbackCollector.Lambda.Logging;

/// <summary>
/// Things that went wrong for the owner without failing the invocation: each is counted as a CloudWatch metric
/// (namespace FeedbackCollector, no dimensions; the role is a field of the line) by an Embedded Metric Format log line, so no API call is made;
/// sam/template.yaml alarms on each. The owner is told by the use case itself (Slack, else email).
/// </summary>
internal static class OwnerAlerts
{
    public const string Namespace = "FeedbackCollector";

    /// <summary>rules.txt or voice.txt refused (Drive or upload); the last good version stays.</summary>
    public const string DocEditRefused = "DocEditRefused";

    /// <summary>A customer mail (ask, nudge) failed for good.</summary>
    public const string SendFailedPermanently = "SendFailedPermanently";

    /// <summary>An owner ping reached nobody: Slack and email both failed.</summary>
    public const string OwnerNotReached = "OwnerNotReached";

    /// <summary>A configured calendar could not be read this run (the others were; its cursor stays).</summary>
    public const string CalendarSyncFailed = "CalendarSyncFailed";

    /// <summary>Rows of the owner's customer sheet could not be planned (broken quoting, a renamed header, no contact, …).</summary>
    public const string CustomerRowsRefused = "CustomerRowsRefused";

    public static IReadOnlyList<string> All { get; } = [DocEditRefused, SendFailedPermanently, OwnerNotReached, CalendarSyncFailed, CustomerRowsRefused];

    /// <summary>One EMF document: {"_aws":{Timestamp, CloudWatchMetrics:[…]}, "role": …, "&lt;metric&gt;": 1}.</summary>
    public static string Line(string role, string metric, DateTimeOffset at)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartObject("_aws");
            json.WriteNumber("Timestamp", at.ToUnixTimeMilliseconds());
            json.WriteStartArray("CloudWatchMetrics");
            json.WriteStartObject();
            json.WriteString("Namespace", Namespace);
            json.WriteStartArray("Dimensions");
            // One empty dimension set: the metric has no dimensions, so the template's alarms name it exactly.
            json.WriteStartArray();
            json.WriteEndArray();
            json.WriteEndArray();
            json.WriteStartArray("Metrics");
            json.WriteStartObject();
            json.WriteString("Name", metric);
            json.WriteString("Unit", "Count");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteString("role", role);
            json.WriteString("alert", metric);
            json.WriteNumber(metric, 1);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
