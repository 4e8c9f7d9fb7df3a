using FeedbackCollector.Aws.Dynamo;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Lambda.Tests.Support;
using FeedbackCollector.Testing.Moto;

namespace FeedbackCollector.Lambda.Tests.Harness;

/// <summary>
/// The x64 bootstrap against moto_server: real DynamoDB, S3, Parameter Store, Secrets Manager and SESv2
/// calls over HTTP, driven through the fake Runtime API the way Lambda drives it.
/// </summary>
public sealed class MotoChainTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_scheduler_fire_sends_the_ask_through_sesv2_and_marks_it_sent_in_dynamodb()
    {
        var moto = await MotoSlice.CreateAsync();
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var customer = $"dana-{suffix}@example.org";
        // Real ids: tokens carry them, so they must have the derived form (AskId.ForCustomer / ForVisit).
        var customerId = AskId.ForCustomer(customer, null);
        var ask = new Ask(customerId, AskId.ForVisit("square", suffix), new Customer(customerId, "Dana", customer, null), "haircut",
            DateTimeOffset.UtcNow.AddHours(-3), DateTimeOffset.UtcNow.AddMinutes(-1), AskStatus.Pending);
        var asks = new DynamoDbAskStore(moto.Clients.DynamoDb(), moto.Tables);
        (await asks.TryAddAsync(ask, TestContext.Current.CancellationToken)).Should().BeTrue();
        await using var api = new FakeRuntimeApiServer();
        var id = api.Enqueue($$"""{"kind":"send-ask","name":"fc-ask-{{ask.AskId}}","customerId":"{{ask.CustomerId}}","askId":"{{ask.AskId}}","dueAt":"{{ask.SendAt:O}}"}""");
        var again = api.Enqueue($$"""{"kind":"send-ask","name":"fc-ask-{{ask.AskId}}","customerId":"{{ask.CustomerId}}","askId":"{{ask.AskId}}","dueAt":"{{ask.SendAt:O}}"}""");
        using var process = BootstrapProcess.Start(await PublishedBootstraps.X64BootstrapAsync(), moto.Environment("request-builder", api.Address));

        var result = await api.ResultOf(id, Wait);
        var retried = await api.ResultOf(again, Wait);

        result.IsError.Should().BeFalse(result.Body + "\n" + string.Join('\n', process.Lines));
        result.Body.Should().Contain("\"outcome\":\"sent\"");
        retried.Body.Should().Contain("\"outcome\":\"skipped\"", "a retried schedule must not send a second ask");
        (await asks.GetAsync(ask.CustomerId, ask.AskId, TestContext.Current.CancellationToken))!.Status.Should().Be(AskStatus.Sent);
        var sent = await moto.SentMailToAsync(customer);
        sent.Should().Contain("Reply-To:").And.Contain("@reply.example.com").And.Contain("List-Unsubscribe");
    }

    [Fact]
    public async Task The_daily_sweep_runs_and_the_monthly_summary_is_mailed_to_the_owner_through_sesv2()
    {
        var moto = await MotoSlice.CreateAsync();
        await using var api = new FakeRuntimeApiServer();
        var sweep = api.Enqueue(RecordedEvents.Bytes("scheduler-daily-sweep.json"));
        var summary = api.Enqueue(RecordedEvents.Bytes("scheduler-monthly-summary.json"));
        using var process = BootstrapProcess.Start(await PublishedBootstraps.X64BootstrapAsync(), moto.Environment("sweep-summary", api.Address));

        var swept = await api.ResultOf(sweep, Wait);
        var summarized = await api.ResultOf(summary, Wait);

        swept.IsError.Should().BeFalse(swept.Body + "\n" + string.Join('\n', process.Lines));
        swept.Body.Should().Contain("\"outcome\":\"swept\"");
        summarized.IsError.Should().BeFalse(summarized.Body);
        summarized.Body.Should().Contain("\"outcome\":\"written\"");
        (await moto.SentMailToAsync(moto.Owner)).Should().Contain("your feedback for");
    }

    internal static string MotoUrl() => MotoSlice.MotoUrl();
}
