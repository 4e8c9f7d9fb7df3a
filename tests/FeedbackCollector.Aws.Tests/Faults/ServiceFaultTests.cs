using System.Text.Json.Nodes;
using FeedbackCollector.Aws.Bedrock;
using FeedbackCollector.Aws.Http;
using FeedbackCollector.Aws.Lambda;
using FeedbackCollector.Aws.Scheduler;
using FeedbackCollector.Aws.Tests.Bedrock;
using FeedbackCollector.Aws.Tests.Http;
using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Testing.Faults;
using FeedbackCollector.Testing.Fakes;

namespace FeedbackCollector.Aws.Tests.Faults;

/// <summary>EventBridge Scheduler (moto), Lambda Invoke and Bedrock Converse (fakes, which moto cannot serve) through every fault.</summary>
public sealed class ServiceFaultTests
{
    private const string FunctionArn = "arn:aws:lambda:ap-southeast-1:123456789012:function:fc-request-builder";
    private const string RoleArn = "arn:aws:iam::123456789012:role/fc-scheduler-invoke";
    private static readonly TimeSpan FakeTimeout = TimeSpan.FromMilliseconds(500);

    [Theory]
    [MemberData(nameof(FaultyAws.Faults), MemberType = typeof(FaultyAws))]
    public async Task A_schedule_is_created_once_and_deleted_through_a_fault(string fault)
    {
        using var aws = FaultyAws.BeforeMoto();
        var moto = TestClients.Moto(AwsService.Scheduler);
        var group = $"fc-asks-{Guid.NewGuid():N}"[..24];
        await moto.SendAsync(new AwsCall(HttpMethod.Post, ["schedule-groups", group], "{}"u8.ToArray(), "application/json"), Ct);
        var scheduler = new EventBridgeAskScheduler(aws.Client(AwsService.Scheduler), new EventBridgeSchedulerOptions(FunctionArn, RoleArn, group, "Asia/Singapore"));
        var job = new ScheduledJob($"ask-{Guid.NewGuid():N}", JobKind.SendAsk, "c1", "a1", new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero));

        aws.Proxy.Inject(r => r.Method == "POST" && r.PathAndQuery.StartsWith("/schedules/", StringComparison.Ordinal), FaultyAws.Named(fault));
        await scheduler.ScheduleAsync(job, Ct);
        (await SchedulesAsync(moto, group)).Should().Equal([job.Name], "the schedule exists, once, whatever the first attempt's fate");
        (await scheduler.ScheduleAsync(job, Ct)).Should().BeFalse("a second schedule for the same job is refused by its name");

        aws.Proxy.Inject(r => r.Method == "DELETE", FaultyAws.Named(fault));
        await scheduler.CancelAsync(job.Name, Ct);
        (await SchedulesAsync(moto, group)).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(FaultyAws.Faults), MemberType = typeof(FaultyAws))]
    public async Task An_event_invoke_is_retried_through_a_fault_and_delivered_at_least_once(string fault)
    {
        using var lambda = new FakeAwsServer().Respond(new FakeResponse(202, ""));
        using var aws = new FaultyAws(lambda.BaseUri, FakeTimeout);
        aws.Proxy.Inject(_ => true, FaultyAws.Named(fault));

        await new LambdaInvoker(aws.Client(AwsService.Lambda)).InvokeAsync("fc-router", "{\"customer_id\":\"c1\"}"u8.ToArray(), Ct);

        // Lambda's own contract for Event invokes is at-least-once, so every role's handler is idempotent by natural
        // keys; a retry after a lost answer is the one duplicate delivery it already has to absorb.
        lambda.Requests.Should().HaveCount(FaultyAws.ActedUnheard(fault) ? 2 : 1);
    }

    [Theory]
    [MemberData(nameof(FaultyAws.Faults), MemberType = typeof(FaultyAws))]
    public async Task A_reply_is_classified_through_a_fault(string fault)
    {
        using var bedrock = new FakeAwsServer().Respond(ConverseFake.Mood("happy", 0.95));
        using var aws = new FaultyAws(bedrock.BaseUri, FakeTimeout);
        aws.Proxy.Inject(_ => true, FaultyAws.Named(fault));

        var reading = await new BedrockMoodClassifier(aws.Client(AwsService.BedrockRuntime)).ClassifyAsync("Lovely haircut, thank you!", Ct);

        reading.Mood.Should().Be(Mood.Happy);
    }

    [Fact]
    public async Task Bedrock_hanging_past_every_retry_is_a_transient_classifier_failure()
    {
        using var bedrock = new FakeAwsServer().Respond(ConverseFake.Mood("happy", 0.95));
        using var aws = new FaultyAws(bedrock.BaseUri, FakeTimeout);
        aws.Proxy.Inject(_ => true, Enumerable.Repeat(FaultyAws.Named("timeout"), FaultyAws.Retry.MaxAttempts).ToArray());
        var classifier = new BedrockMoodClassifier(aws.Client(AwsService.BedrockRuntime));

        var act = () => classifier.ClassifyAsync("The colour is not what I asked for.", Ct);

        (await act.Should().ThrowAsync<ClassifierUnavailableException>()).Which.Transient.Should().BeTrue();
        aws.Proxy.Seen.Should().HaveCount(FaultyAws.Retry.MaxAttempts, "each attempt waited out the timeout, with backoff between");
    }

    [Fact]
    public async Task A_reply_while_bedrock_hangs_is_recorded_as_unclear_with_the_reason_never_lost()
    {
        using var bedrock = new FakeAwsServer().Respond(ConverseFake.Mood("unhappy", 0.95));
        using var aws = new FaultyAws(bedrock.BaseUri, FakeTimeout);
        aws.Proxy.Inject(_ => true, Enumerable.Repeat(FaultyAws.Named("timeout"), FaultyAws.Retry.MaxAttempts).ToArray());
        var time = TimeProvider.System;
        var asks = new FakeAskStore();
        var feedback = new FakeFeedbackStore();
        var docs = new OwnerDocs(new FakeBlobStore(), time);
        (await docs.UpdateRulesAsync("Business: Kim's Salon\nTimezone: Asia/Singapore\n", Ct)).Accepted.Should().BeTrue();
        var customer = new Customer("c1", "Ann", "ann@example.com", null);
        await asks.TryAddAsync(new Ask("c1", "a1", customer, "haircut", time.GetUtcNow().AddHours(-3), time.GetUtcNow().AddHours(-1), AskStatus.Sent,
            time.GetUtcNow().AddHours(-1)), Ct);
        var intake = new AnswerIntake(asks, feedback, new FakeAskAnswerReader(asks, feedback), new BedrockMoodClassifier(aws.Client(AwsService.BedrockRuntime)), docs,
            () => throw new InvalidOperationException("the router step never verifies tokens"), time);

        var outcome = await intake.RecordReplyAsync("c1", "a1", "The colour is not what I asked for.", "rawmime/m1.eml", Ct);

        outcome.Status.Should().Be(AnswerStatus.Recorded);
        var kept = (await feedback.GetAsync("c1", "a1", Ct))!;
        kept.Bucket.Should().Be(Bucket.Unclear, "a human reads it in the daily sweep");
        kept.Reason.Should().Contain("classifier unavailable").And.Contain("RequestTimeout");
        kept.Raw.Should().Be("The colour is not what I asked for.");
        kept.RawKey.Should().Be("rawmime/m1.eml");
    }

    private static async Task<IReadOnlyList<string>> SchedulesAsync(AwsServiceClient moto, string group)
    {
        var response = await moto.SendAsync(new AwsCall(HttpMethod.Get, ["schedules"], Query: [new("ScheduleGroup", group)]), Ct);
        return [.. JsonNode.Parse(response.Body)!["Schedules"]!.AsArray().Select(s => s!["Name"]!.GetValue<string>())];
    }
}
