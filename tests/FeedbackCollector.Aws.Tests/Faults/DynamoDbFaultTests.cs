using FeedbackCollector.Aws.Dynamo;
using FeedbackCollector.Aws.Tests.Stores;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Aws.Tests.Faults;

/// <summary>
/// The DynamoDB stores through every fault on every write and read: the SDK retries with backoff, and a retried
/// conditional write whose first attempt had landed still counts as ours (ConditionalWrites), so nothing is lost
/// (a claimed ask skipped, an answer left undispatched) and nothing is written twice (an audit move).
/// </summary>
public sealed class DynamoDbFaultTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(FaultyAws.Faults), MemberType = typeof(FaultyAws))]
    public async Task An_ask_is_added_claimed_and_read_exactly_once_through_a_fault_on_each_call(string fault)
    {
        using var aws = FaultyAws.BeforeMoto();
        var dynamo = aws.Sdk.DynamoDb();
        var store = new DynamoDbAskStore(dynamo, await Moto.CreateTablesAsync(Moto.Clients().DynamoDb()));
        var ask = NewAsk();

        aws.Once("PutItem", fault);
        (await store.TryAddAsync(ask, Ct)).Should().BeTrue();
        aws.Once("UpdateItem", fault);
        (await store.TryTransitionAsync(ask.CustomerId, ask.AskId, AskStatus.Pending, AskStatus.Sent, new AskChange(SentAt: At), Ct))
            .Should().BeTrue("a claim whose answer was lost is still ours");
        aws.Once("GetItem", fault);
        (await store.GetAsync(ask.CustomerId, ask.AskId, Ct))!.Status.Should().Be(AskStatus.Sent);

        (await store.TryAddAsync(ask, Ct)).Should().BeFalse("one ask per visit still holds for another writer");
        (await store.TryTransitionAsync(ask.CustomerId, ask.AskId, AskStatus.Pending, AskStatus.Sent, new AskChange(SentAt: At), Ct))
            .Should().BeFalse("a second claim still loses");
        aws.Proxy.Attempts("PutItem").Should().BeGreaterThan(1, "the faulted write was retried");
    }

    [Theory]
    [MemberData(nameof(FaultyAws.Faults), MemberType = typeof(FaultyAws))]
    public async Task An_answer_and_an_audit_move_are_written_once_through_a_fault(string fault)
    {
        using var aws = FaultyAws.BeforeMoto();
        var dynamo = aws.Sdk.DynamoDb();
        var tables = await Moto.CreateTablesAsync(Moto.Clients().DynamoDb());
        var feedback = new DynamoDbFeedbackStore(dynamo, tables);
        var audit = new DynamoDbAuditLog(dynamo, tables);
        var ask = NewAsk();

        aws.Once("PutItem", fault);
        (await feedback.TryAddAsync(new Feedback(ask.CustomerId, ask.AskId, At, Channel.Tap, "5", Bucket.Happy, "stars: 5"), Ct))
            .Should().BeTrue("an answer whose write was retried is still the first answer, so it is dispatched");
        aws.Once("PutItem", fault);
        await audit.AppendAsync(new AuditEntry(ask.CustomerId, At, ask.AskId, Bucket.Happy, Move.ReviewNudge, "email", "system"), Ct);

        (await feedback.GetAsync(ask.CustomerId, ask.AskId, Ct))!.Raw.Should().Be("5");
        (await audit.ListForAskAsync(ask.CustomerId, ask.AskId, Ct)).Should().ContainSingle("a retried append is not a second move");
    }

    [Theory]
    [MemberData(nameof(FaultyAws.Faults), MemberType = typeof(FaultyAws))]
    public async Task The_star_pages_ask_and_answer_are_one_batch_get_and_read_whole_through_a_fault_on_it(string fault)
    {
        using var aws = FaultyAws.BeforeMoto();
        var tables = await Moto.CreateTablesAsync(Moto.Clients().DynamoDb());
        var ask = NewAsk();
        var answer = new Feedback(ask.CustomerId, ask.AskId, At, Channel.Tap, "5", Bucket.Happy, "stars: 5");
        await new DynamoDbAskStore(Moto.Clients().DynamoDb(), tables).TryAddAsync(ask, Ct);
        await new DynamoDbFeedbackStore(Moto.Clients().DynamoDb(), tables).TryAddAsync(answer, Ct);
        var reader = new DynamoDbAskAnswerReader(aws.Sdk.DynamoDb(), tables);

        (await reader.GetAsync(ask.CustomerId, ask.AskId, Ct)).Should().Be(new AskWithAnswer(ask, answer));
        aws.Proxy.Attempts("BatchGetItem").Should().Be(1, "the ask and its answer come back from one call");
        aws.Proxy.Attempts("GetItem").Should().Be(0);

        aws.Once("BatchGetItem", fault);
        (await reader.GetAsync(ask.CustomerId, ask.AskId, Ct)).Should().Be(new AskWithAnswer(ask, answer));
    }

    private static Ask NewAsk()
    {
        var customer = new Customer("c-" + Guid.NewGuid().ToString("N")[..8], "Ann", "ann@example.com", null);
        return new Ask(customer.CustomerId, "a-" + Guid.NewGuid().ToString("N")[..8], customer, "haircut", At.AddHours(-2), At, AskStatus.Pending);
    }
}
