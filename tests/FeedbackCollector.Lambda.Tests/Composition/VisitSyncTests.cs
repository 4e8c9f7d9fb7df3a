using System.Text;
using System.Text.Json.Nodes;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Lambda.Composition;
using FeedbackCollector.Lambda.Roles;
using FeedbackCollector.Lambda.UseCases;
using FeedbackCollector.Testing.Fakes;

namespace FeedbackCollector.Lambda.Tests.Composition;

public sealed class VisitSyncTests
{
    [Fact]
    public async Task New_visits_go_to_request_builder_in_chunks_and_the_cursor_moves_only_after_the_hand_off()
    {
        var visits = Enumerable.Range(0, 450).Select(i => new Visit("sheet", $"row-{i}", new Customer($"c{i}", "Ann", $"a{i}@example.org", null), "haircut",
            DateTimeOffset.Parse("2026-11-27T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        var blobs = new FakeBlobStore();
        var invoker = new RecordingInvoker();
        var sync = new VisitSync(new FixedSource(new VisitBatch(visits, [], "row-450")), blobs, "cursors/sheet",
            new LambdaHandoff(invoker, Role.DriveSync));

        var count = await sync.RunAsync(TestContext.Current.CancellationToken);

        count.Should().Be(450);
        invoker.Calls.Select(c => c.Target).Should().AllBeEquivalentTo(Role.RequestBuilder);
        invoker.Calls.Select(c => JsonNode.Parse(c.Payload)!["visits"]!.AsArray().Count).Should().Equal(200, 200, 50);
        Encoding.UTF8.GetString((await blobs.GetAsync(BlobArea.Customers, "cursors/sheet", TestContext.Current.CancellationToken))!).Should().Be("row-450");
    }

    [Fact]
    public async Task A_failed_hand_off_leaves_the_cursor_where_it_was_so_the_rows_are_read_again()
    {
        var visit = new Visit("sheet", "row-1", new Customer("c1", "Ann", "a@example.org", null), "haircut", DateTimeOffset.UnixEpoch);
        var blobs = new FakeBlobStore();
        var sync = new VisitSync(new FixedSource(new VisitBatch([visit], [], "row-2")), blobs, "cursors/sheet",
            new LambdaHandoff(new RecordingInvoker { Fail = true }, Role.DriveSync));

        var run = () => sync.RunAsync(TestContext.Current.CancellationToken);

        await run.Should().ThrowAsync<InvalidOperationException>();
        (await blobs.GetAsync(BlobArea.Customers, "cursors/sheet", TestContext.Current.CancellationToken)).Should().BeNull();
    }

    [Fact]
    public async Task A_cancelled_booking_goes_to_request_builders_withdraw_like_a_visit_goes_to_plan()
    {
        var blobs = new FakeBlobStore();
        var invoker = new RecordingInvoker();
        var cancelled = new Withdrawal("calendar", "evt-1", null, "cancelled booking");
        var sync = new VisitSync(new FixedSource(new VisitBatch([], [], "2026-11-28T09:00:00Z", [cancelled])), blobs, "cursors/calendar",
            new LambdaHandoff(invoker, Role.CalendarSync));

        await sync.RunAsync(TestContext.Current.CancellationToken);

        var call = invoker.Calls.Should().ContainSingle(c => JsonNode.Parse(c.Payload)!["kind"]!.GetValue<string>() == "withdraw").Subject;
        call.Target.Should().Be(Role.RequestBuilder);
        JsonNode.Parse(call.Payload)!["withdrawals"]!.AsArray().Should().ContainSingle();
    }

    private sealed class FixedSource(VisitBatch batch) : ICustomerSource
    {
        public Task<VisitBatch> ReadSinceAsync(string? cursor, CancellationToken ct = default) => Task.FromResult(batch);
    }

    [Fact]
    public async Task A_tap_recorded_by_reply_handler_goes_to_the_router_and_the_router_hands_to_dispatch()
    {
        var fromReplyHandler = new RecordingInvoker();
        var fromRouter = new RecordingInvoker();
        var ct = TestContext.Current.CancellationToken;

        await new LambdaHandoff(fromReplyHandler, Role.ReplyHandler).DispatchAsync("c1", "a1", ct);
        await new LambdaHandoff(fromReplyHandler, Role.ReplyHandler).RouteAsync(new App.ReplyToRoute("c1", "a1", "Lovely", "inbound/k"), ct);
        await new LambdaHandoff(fromRouter, Role.Router).DispatchAsync("c1", "a1", ct);

        fromReplyHandler.Calls.Select(c => (c.Target, Encoding.UTF8.GetString(c.Payload))).Should().Equal(
            (Role.Router, "{\"kind\":\"route\",\"customerId\":\"c1\",\"askId\":\"a1\"}"),
            (Role.Router, "{\"kind\":\"route\",\"customerId\":\"c1\",\"askId\":\"a1\",\"text\":\"Lovely\",\"rawKey\":\"inbound/k\"}"));
        fromRouter.Calls.Select(c => (c.Target, Encoding.UTF8.GetString(c.Payload))).Should().Equal(
            (Role.Dispatch, "{\"kind\":\"dispatch\",\"customerId\":\"c1\",\"askId\":\"a1\"}"));
    }

    private sealed class RecordingInvoker : IRoleInvoker
    {
        public bool Fail { get; init; }

        public List<(Role Target, byte[] Payload)> Calls { get; } = [];

        public Task InvokeAsync(Role target, byte[] payload, CancellationToken ct)
        {
            if (Fail) throw new InvalidOperationException("lambda invoke failed");
            Calls.Add((target, payload));
            return Task.CompletedTask;
        }
    }
}
