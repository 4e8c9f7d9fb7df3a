using System.Text.Json;
using FeedbackCollector.Lambda.Events;
using FeedbackCollector.Testing;
using RoleNames = FeedbackCollector.Lambda.Roles.Roles;

namespace FeedbackCollector.Lambda.Tests.Events;

/// <summary>sam/events/&lt;role&gt;/ holds the events `sam local invoke` and scripts/invoke are given: one per role and trigger, each its role's shape.</summary>
public sealed class SamEventsTests
{
    private static readonly string Root = RepoPaths.Of("sam", "events");

    /// <summary>What each role takes: the event shape, and for a schedule task or a direct invoke the names it accepts.</summary>
    private static readonly Dictionary<string, (EventShape Shape, string[] Names)[]> Takes = new(StringComparer.Ordinal)
    {
        ["drive-sync"] = [(EventShape.SchedulerJob, [SchedulerJobs.DriveSync])],
        ["calendar-sync"] = [(EventShape.SchedulerJob, [SchedulerJobs.CalendarSync])],
        ["intake-webhook"] = [(EventShape.FunctionUrl, [])],
        ["request-builder"] = [(EventShape.DirectInvoke, [DirectInvokeKinds.PlanVisits, DirectInvokeKinds.Withdraw, DirectInvokeKinds.SendAsk, DirectInvokeKinds.FollowUp,
            DirectInvokeKinds.Erase, DirectInvokeKinds.Export])],
        ["reply-handler"] = [(EventShape.FunctionUrl, []), (EventShape.S3, [])],
        ["router"] = [(EventShape.DirectInvoke, [DirectInvokeKinds.Route])],
        ["dispatch"] = [(EventShape.DirectInvoke, [DirectInvokeKinds.Dispatch])],
        ["sweep-summary"] = [(EventShape.SchedulerJob, [SchedulerJobs.DailySweep, SchedulerJobs.MonthlySummary])],
    };

    [Fact]
    public void Every_role_has_a_folder_of_events_and_every_trigger_of_it_has_an_event()
    {
        Directory.GetDirectories(Root).Select(Path.GetFileName).Should().BeEquivalentTo(RoleNames.Names);
        foreach (var role in RoleNames.Names)
        {
            var seen = Events(role).Select(e => (Shape(e), NameOf(e))).ToList();
            foreach (var (shape, names) in Takes[role])
                seen.Should().Contain(s => s.Item1 == shape && (names.Length == 0 || names.Contains(s.Item2)), $"{role} is triggered by a {shape}");
            if (role == "sweep-summary") seen.Select(s => s.Item2).Should().Contain(Takes[role][0].Names, "each of its schedules has an event");
        }
    }

    [Fact]
    public void Every_event_parses_as_a_shape_its_role_takes()
    {
        foreach (var role in RoleNames.Names)
        {
            foreach (var path in Events(role))
            {
                var shape = Shape(path);
                var take = Takes[role].Where(t => t.Shape == shape).ToList();
                take.Should().ContainSingle($"{path} is a {shape}, which {role} does not take");
                if (take[0].Names.Length > 0) take[0].Names.Should().Contain(NameOf(path), $"{path} names a task or kind {role} runs");
            }
        }
    }

    private static IEnumerable<string> Events(string role) => Directory.GetFiles(Path.Combine(Root, role), "*.json");

    private static EventShape Shape(string path) => EventShapes.Detect(File.ReadAllBytes(path));

    /// <summary>Deserialised with the role's own (source-generated) model, so a garbled field fails here as it would in Lambda.</summary>
    private static string NameOf(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return Shape(path) switch
        {
            EventShape.SchedulerJob => JsonSerializer.Deserialize(bytes, LambdaEventsJsonContext.Default.SchedulerJob)!.Name,
            EventShape.DirectInvoke => JsonSerializer.Deserialize(bytes, LambdaEventsJsonContext.Default.DirectInvoke)!.Kind,
            EventShape.FunctionUrl => JsonSerializer.Deserialize(bytes, LambdaEventsJsonContext.Default.FunctionUrlRequest)!.RawPath!,
            EventShape.S3 => JsonSerializer.Deserialize(bytes, LambdaEventsJsonContext.Default.S3Event)!.Records!.Single().S3!.Object!.Key!,
            var other => throw new InvalidOperationException($"{path} is no event shape a role takes ({other})"),
        };
    }
}
