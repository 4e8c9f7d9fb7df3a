using FeedbackCollector.Aws.Dynamo;
using FeedbackCollector.Core.Model;

namespace FeedbackCollector.Aws.Tests.Stores;

public sealed class DynamoDbStoreTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 2, 1, 30, 0, 123, TimeSpan.Zero);

    private static Ask NewAsk(string customerId, string askId, AskStatus status = AskStatus.Pending) =>
        new(customerId, askId, new Customer(customerId, "Ann", "ann@example.com", null), "haircut", T0, T0.AddHours(2), status);

    [Fact]
    public async Task Suppressed_addresses_share_the_state_table_but_never_appear_as_asks()
    {
        var clients = Moto.Clients();
        var db = clients.DynamoDb();
        var tables = await Moto.CreateTablesAsync(db);
        var asks = new DynamoDbAskStore(db, tables);
        var suppression = new DynamoDbSuppressionList(db, tables);

        await asks.TryAddAsync(NewAsk("c1", "a1"));
        await suppression.AddAsync("Ann@Example.com", "unsubscribe", T0);

        (await suppression.IsSuppressedAsync("ann@example.com")).Should().BeTrue();
        (await suppression.IsSuppressedAsync("bob@example.com")).Should().BeFalse();
        (await asks.ListByStatusAsync(AskStatus.Pending)).Select(a => a.AskId).Should().Equal("a1");
    }

    [Fact]
    public async Task Two_moves_in_the_same_millisecond_are_both_kept_in_the_audit_log()
    {
        var db = Moto.Clients().DynamoDb();
        var tables = await Moto.CreateTablesAsync(db);
        var audit = new DynamoDbAuditLog(db, tables);
        var entry = new AuditEntry("c1", T0, "a1", Bucket.Unhappy, Move.OwnerPing, "slack", "system");

        await audit.AppendAsync(entry);
        await audit.AppendAsync(entry with { SentVia = "email" });

        var kept = await audit.ListForAskAsync("c1", "a1");
        kept.Select(e => e.SentVia).Should().Equal("slack", "email");
        kept.Should().AllSatisfy(e => e.Ts.Should().Be(T0));
    }

    [Fact]
    public async Task A_transition_from_the_wrong_status_changes_nothing()
    {
        var db = Moto.Clients().DynamoDb();
        var tables = await Moto.CreateTablesAsync(db);
        var asks = new DynamoDbAskStore(db, tables);
        await asks.TryAddAsync(NewAsk("c1", "a1"));

        var moved = await asks.TryTransitionAsync("c1", "a1", AskStatus.Sent, AskStatus.Answered, new());

        moved.Should().BeFalse();
        (await asks.GetAsync("c1", "a1"))!.Status.Should().Be(AskStatus.Pending);
    }
}
