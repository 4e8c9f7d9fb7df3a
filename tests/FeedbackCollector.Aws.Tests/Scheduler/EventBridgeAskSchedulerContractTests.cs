using FeedbackCollector.Aws.Http;
using FeedbackCollector.Aws.Scheduler;
using FeedbackCollector.Aws.Tests.Http;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Testing.Contracts;

namespace FeedbackCollector.Aws.Tests.Scheduler;

/// <summary>The IAskScheduler contract every scheduler passes, here against moto_server.</summary>
public sealed class EventBridgeAskSchedulerContractTests : AskSchedulerContract
{
    protected override async Task<IAskScheduler> CreateSchedulerAsync()
    {
        var client = TestClients.Moto(AwsService.Scheduler);
        var group = $"fc-contract-{Guid.NewGuid():N}"[..28];
        await client.SendAsync(new AwsCall(HttpMethod.Post, ["schedule-groups", group], "{}"u8.ToArray(), "application/json"), Ct);
        return new EventBridgeAskScheduler(client, new EventBridgeSchedulerOptions(
            "arn:aws:lambda:ap-southeast-1:123456789012:function:fc-request-builder",
            "arn:aws:iam::123456789012:role/fc-scheduler-invoke", group, "Asia/Singapore"));
    }
}
