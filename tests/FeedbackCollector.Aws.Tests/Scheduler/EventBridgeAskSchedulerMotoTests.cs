using System.Text.Json.Nodes;
using FeedbackCollector.Aws.Http;
using FeedbackCollector.Aws.Scheduler;
using FeedbackCollector.Aws.Tests.Http;
using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Aws.Tests.Scheduler;

/// <summary>EventBridge Scheduler against moto_server over HTTP.</summary>
public sealed class EventBridgeAskSchedulerMotoTests
{
    private const string FunctionArn = "arn:aws:lambda:ap-southeast-1:123456789012:function:fc-request-builder";
    private const string RoleArn = "arn:aws:iam::123456789012:role/fc-scheduler-invoke";

    private static async Task<(EventBridgeAskScheduler Scheduler, AwsServiceClient Client, string Group)> NewScheduler()
    {
        var client = TestClients.Moto(AwsService.Scheduler);
        var group = $"fc-asks-{Guid.NewGuid():N}"[..24];
        await client.SendAsync(new AwsCall(HttpMethod.Post, ["schedule-groups", group], "{}"u8.ToArray(), "application/json"), default);
        return (new EventBridgeAskScheduler(client, new EventBridgeSchedulerOptions(FunctionArn, RoleArn, group, "Australia/Sydney")), client, group);
    }

    private static ScheduledJob Job(string name) =>
        new(name, JobKind.SendAsk, "c1234", "a5678", new DateTimeOffset(2026, 12, 1, 23, 30, 0, TimeSpan.Zero));

    private static async Task<JsonNode> GetSchedule(AwsServiceClient client, string group, string name)
    {
        var response = await client.SendAsync(new AwsCall(HttpMethod.Get, ["schedules", name], Query: [new("groupName", group)]), default);
        return JsonNode.Parse(response.Body)!;
    }

    [Fact]
    public async Task A_job_becomes_a_one_off_schedule_in_the_business_timezone_that_deletes_itself()
    {
        var (scheduler, client, group) = await NewScheduler();
        var name = $"ask-{Guid.NewGuid():N}";

        (await scheduler.ScheduleAsync(Job(name), Ct)).Should().BeTrue();

        var schedule = await GetSchedule(client, group, name);
        schedule["ScheduleExpression"]!.GetValue<string>().Should().Be("at(2026-12-02T10:30:00)");
        schedule["ScheduleExpressionTimezone"]!.GetValue<string>().Should().Be("Australia/Sydney");
        schedule["ActionAfterCompletion"]!.GetValue<string>().Should().Be("DELETE");
        schedule["FlexibleTimeWindow"]!["Mode"]!.GetValue<string>().Should().Be("OFF");
        schedule["GroupName"]!.GetValue<string>().Should().Be(group);
        schedule["Target"]!["Arn"]!.GetValue<string>().Should().Be(FunctionArn);
        schedule["Target"]!["RoleArn"]!.GetValue<string>().Should().Be(RoleArn);
        ScheduledJobPayload.TryParse(schedule["Target"]!["Input"]!.GetValue<string>()).Should().Be(Job(name));
    }

    [Fact]
    public async Task Scheduling_the_same_job_twice_meets_the_existing_schedule_and_returns_false()
    {
        var (scheduler, _, _) = await NewScheduler();
        var job = Job($"ask-{Guid.NewGuid():N}");

        (await scheduler.ScheduleAsync(job, Ct)).Should().BeTrue();
        (await scheduler.ScheduleAsync(job, Ct)).Should().BeFalse();
    }

    [Fact]
    public async Task Cancelling_removes_the_schedule_once_and_then_reports_there_was_none()
    {
        var (scheduler, client, group) = await NewScheduler();
        var name = $"ask-{Guid.NewGuid():N}";
        await scheduler.ScheduleAsync(Job(name), Ct);

        (await scheduler.CancelAsync(name, Ct)).Should().BeTrue();
        (await scheduler.CancelAsync(name, Ct)).Should().BeFalse();
        await FluentActions.Awaiting(() => GetSchedule(client, group, name)).Should().ThrowAsync<AwsServiceException>()
            .Where(e => e.ErrorCode == "ResourceNotFoundException");
    }

    [Fact]
    public async Task A_job_name_with_characters_Scheduler_refuses_is_scheduled_and_cancelled_under_one_valid_name()
    {
        var (scheduler, client, group) = await NewScheduler();
        var raw = $"follow-up/{Guid.NewGuid():N}|ask:with spaces and a very long tail that goes past sixty-four characters";

        (await scheduler.ScheduleAsync(Job(raw), Ct)).Should().BeTrue();
        (await GetSchedule(client, group, ScheduleNames.ToValid(raw)))["Name"]!.GetValue<string>().Should().Be(ScheduleNames.ToValid(raw));
        (await scheduler.CancelAsync(raw, Ct)).Should().BeTrue();
    }
}
