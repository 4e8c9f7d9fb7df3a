using FeedbackCollector.App;
using FeedbackCollector.Cli.Composition;
using FeedbackCollector.Cli.Config;
using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Local.Sqlite;
using FeedbackCollector.Testing.Webhooks;
using FeedbackCollector.Web;
using Microsoft.Extensions.Time.Testing;

namespace FeedbackCollector.Cli.Tests.Flow;

/// <summary>serve's wiring (FlowApp over the local adapters, SQLite) taking a signed sale and its refund through the webhook endpoint.</summary>
public sealed class LocalWithdrawalTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "fc-withdraw-" + Guid.NewGuid().ToString("N")[..10]);
    private readonly HttpClient _http = new();

    public static TheoryData<string> Schemes => [.. SaleThenRefund.Schemes];

    private sealed record Local(FlowApp App, WebApp Web, LocalStorage Storage, FakeTimeProvider Time);

    private async Task<Local> StartAsync()
    {
        var config = LocalConfig.Load(null, new Dictionary<string, string> { ["FC_DATA_DIR"] = _dir });
        config.GenerateMissingSecrets();
        var storage = await LocalStorage.OpenAsync(Path.Combine(_dir, "feedback.db"), Ct);
        var time = new FakeTimeProvider(SaleThenRefund.Start);
        var app = new FlowApp(new LocalAdapters(ServeSettings.From(config), storage, _http, time));
        return new Local(app, app.Web(new WebAppOptions(null, SignedDeliveries.Schemes())), storage, time);
    }

    private static async Task<Ask> DeliverSaleAsync(Local local, string scheme)
    {
        (await local.Web.Handle(SignedDeliveries.Request(SaleThenRefund.Sale(scheme), local.Time.GetUtcNow()), Ct)).Status.Should().Be(200);
        var (source, id) = SaleThenRefund.Visit(scheme);
        return (await local.Storage.Asks.GetAsync(AskId.ForCustomer(SaleThenRefund.Email, null), AskId.ForVisit(source, id), Ct))
            ?? throw new InvalidOperationException("the sale planned no ask");
    }

    private static Task<Web.Http.WebResponse> DeliverRefundAsync(Local local, string scheme) =>
        local.Web.Handle(SignedDeliveries.Request(SaleThenRefund.Refund(scheme), local.Time.GetUtcNow()), Ct);

    private static ScheduledJob JobOf(Ask ask) => new(JobNames.SendAsk(ask.AskId), JobKind.SendAsk, ask.CustomerId, ask.AskId, ask.SendAt);

    [Theory]
    [MemberData(nameof(Schemes))]
    public async Task A_refund_before_the_send_time_withdraws_the_ask_deletes_its_sqlite_schedule_and_audits_why(string scheme)
    {
        var local = await StartAsync();
        var ask = await DeliverSaleAsync(local, scheme);
        (await local.Storage.Schedule.GetAsync(JobNames.SendAsk(ask.AskId), Ct)).Should().NotBeNull();

        var refund = await DeliverRefundAsync(local, scheme);
        local.Time.SetUtcNow(ask.SendAt.AddMinutes(1));
        var send = await local.App.SendAsync(JobOf(ask), Ct);

        refund.Status.Should().Be(200);
        send.Status.Should().Be(SendStatus.Skipped);
        (await local.Storage.Asks.GetAsync(ask.CustomerId, ask.AskId, Ct)).Should().BeEquivalentTo(new { Status = AskStatus.Closed, SentAt = (DateTimeOffset?)null });
        (await local.Storage.Schedule.GetAsync(JobNames.SendAsk(ask.AskId), Ct)).Should().BeNull("the schedule row is deleted");
        (await local.Storage.Audit.ListForAskAsync(ask.CustomerId, ask.AskId, Ct)).Should().ContainSingle(e => e.Move == Move.Withdrawn)
            .Which.Detail.Should().StartWith("withdrawn: ");
        (await local.App.Adapters.Blobs.ListAsync(BlobArea.Inbox, "webhooks/" + scheme + "/", Ct)).Count(k => k.EndsWith(".body", StringComparison.Ordinal))
            .Should().Be(2, "the refund's raw body is kept like the sale's");
    }

    [Theory]
    [MemberData(nameof(Schemes))]
    public async Task A_refund_after_the_ask_was_sent_leaves_it_sent(string scheme)
    {
        var local = await StartAsync();
        var ask = await DeliverSaleAsync(local, scheme);
        local.Time.SetUtcNow(ask.SendAt.AddMinutes(1));
        (await local.App.SendAsync(JobOf(ask), Ct)).Status.Should().Be(SendStatus.Sent);

        (await DeliverRefundAsync(local, scheme)).Status.Should().Be(200);

        (await local.Storage.Asks.GetAsync(ask.CustomerId, ask.AskId, Ct))!.Status.Should().Be(AskStatus.Sent);
        (await local.Storage.Audit.ListForAskAsync(ask.CustomerId, ask.AskId, Ct)).Should().Contain(e => e.Move == Move.WithdrawalTooLate);
    }

    [Fact]
    public async Task A_withdrawal_and_a_send_started_together_on_sqlite_fifty_times_are_never_both()
    {
        var local = await StartAsync();
        for (var i = 0; i < 50; i++)
        {
            var visit = new Visit("till", "race-" + i, new Customer(AskId.ForCustomer($"r{i}@example.com", null), "Rae", $"r{i}@example.com", null),
                "visit", local.Time.GetUtcNow().AddHours(-1));
            var ask = (await local.App.PlanAsync([visit], Ct)).Single().Ask;
            local.Time.SetUtcNow(ask.SendAt.AddMinutes(1));
            using var go = new ManualResetEventSlim();
            var send = Task.Run(() => { go.Wait(Ct); return local.App.SendAsync(JobOf(ask), Ct); }, Ct);
            var withdraw = Task.Run(() => { go.Wait(Ct); return local.App.WithdrawAsync([new Withdrawal("till", "race-" + i, null, "refund")], Ct); }, Ct);
            go.Set();

            var (sent, withdrawn) = (await send, (await withdraw).Single());

            (sent.Status == SendStatus.Sent).Should().NotBe(withdrawn.Status == WithdrawStatus.Withdrawn, $"run {i}: exactly one wins");
            (await local.Storage.Asks.GetAsync(ask.CustomerId, ask.AskId, Ct))!.Status
                .Should().Be(sent.Status == SendStatus.Sent ? AskStatus.Sent : AskStatus.Closed);
        }
    }

    public void Dispose()
    {
        _http.Dispose();
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }
}
