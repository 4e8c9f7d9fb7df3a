using System.Text.Json;
using FeedbackCollector.Lambda.Runtime;

namespace FeedbackCollector.Lambda.Logging;

/// <summary>
/// Writes <see cref="WorkLogLine"/>s as single JSON lines (CloudWatch keeps one event per line and its
/// metric filters match JSON fields). Lambda stamps the time itself, so the line does not.
/// </summary>
internal sealed class WorkLog(TextWriter output)
{
    private readonly Lock _gate = new();

    public void Write(WorkLogLine line) => WriteLine(JsonSerializer.Serialize(line, RuntimeJsonContext.Default.WorkLogLine));

    /// <summary>An <see cref="OwnerAlerts"/> metric, as an Embedded Metric Format line.</summary>
    public void Alert(string? role, string metric, DateTimeOffset at) => WriteLine(OwnerAlerts.Line(role ?? "unknown", metric, at));

    private void WriteLine(string json)
    {
        lock (_gate)
        {
            output.WriteLine(json);
            output.Flush();
        }
    }
}
