using System.Security.Cryptography;
using FeedbackCollector.App.Settings;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Lambda.Roles;
using FeedbackCollector.Parity.Tests.Drivers;
using FeedbackCollector.Testing.Moto;
using FeedbackCollector.Testing.Webhooks;

namespace FeedbackCollector.Parity.Tests.OnLambda;

/// <summary>
/// Issue 12 on AWS: each scheme's sale and refund through intake-webhook's Function URL, the 'withdraw' hand-off
/// played into request-builder, over DynamoDB, S3 and the Scheduler in moto (the local twin is Cli.Tests' LocalWithdrawalTests).
/// </summary>
public sealed class WithdrawalOnLambdaTests
{
    public static TheoryData<string> Schemes => [.. SaleThenRefund.Schemes];

    private static readonly string CustomerId = AskId.ForCustomer(SaleThenRefund.Email, null);

    private sealed record World(LambdaDriver Lambda, string Secret, string Scheme) : IAsyncDisposable
    {
        public string AskId => Core.Model.AskId.ForVisit(SaleThenRefund.Visit(Scheme).Source, SaleThenRefund.Visit(Scheme).SourceId);

        public ValueTask DisposeAsync() => Lambda.DisposeAsync();
    }

    private static async Task<World> StartAsync(string scheme)
    {
        var moto = await MotoSlice.CreateAsync();
        var secret = await moto.EnsureSecretAsync("fc/pos/webhook-secret", Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)));
        var lambda = await LambdaDriver.StartAsync(moto, SaleThenRefund.Start);
        await lambda.ConfigureAsync(SettingNames.PosScheme, scheme);
        await lambda.ConfigureAsync(SettingNames.PosVisitType, "haircut");
        await lambda.ConfigureAsync(SettingNames.PosNotificationUrl, SignedDeliveries.SquareUrl);
        await lambda.SeedAsync(ParityWorld.Rules(everyone: false), ParityWorld.Voice);
        return new World(lambda, secret, scheme);
    }

    private static async Task<(int Status, string Outcome)> DeliverAsync(World w, SchemeDelivery delivery)
    {
        var (response, _, outcome) = await w.Lambda.FunctionUrlAsync(Role.IntakeWebhook, "POST", "/webhook/" + delivery.Scheme,
            SignedDeliveries.Headers(delivery, w.Secret, SignedDeliveries.SquareUrl, w.Lambda.Now), delivery.Body);
        return (response.StatusCode, outcome);
    }

    private static async Task<Ask> AskAsync(World w) =>
        await (await w.Lambda.AdaptersAsync(Role.RequestBuilder)).Asks.GetAsync(CustomerId, w.AskId)
            ?? throw new InvalidOperationException($"{w.Scheme}: the sale planned no ask");

    private static async Task<IReadOnlyList<AuditEntry>> MovesAsync(World w) =>
        await (await w.Lambda.AdaptersAsync(Role.RequestBuilder)).Audit.ListForAskAsync(CustomerId, w.AskId);

    private static async Task<int> MailsToCustomerAsync(World w) =>
        (await w.Lambda.SentMailAsync()).Count(raw => raw.Contains(SaleThenRefund.Email, StringComparison.OrdinalIgnoreCase));

    [Theory]
    [MemberData(nameof(Schemes))]
    public async Task A_refund_before_the_send_time_withdraws_the_ask_deletes_its_moto_schedule_and_audits_why(string scheme)
    {
        await using var w = await StartAsync(scheme);
        (await DeliverAsync(w, SaleThenRefund.Sale(scheme))).Status.Should().Be(200);
        var ask = await AskAsync(w);
        ask.Status.Should().Be(AskStatus.Pending);
        (await w.Lambda.Moto.SchedulesAsync(w.Lambda.ScheduleGroup)).Should().ContainSingle("the sale made its one-off schedule");

        var refund = await DeliverAsync(w, SaleThenRefund.Refund(scheme));
        w.Lambda.Advance(ask.SendAt - w.Lambda.Now + TimeSpan.FromMinutes(1));
        await w.Lambda.FireDueJobsAsync();

        refund.Status.Should().Be(200);
        (await w.Lambda.Moto.SchedulesAsync(w.Lambda.ScheduleGroup)).Should().BeEmpty("DeleteSchedule removed the ask's one-off schedule");
        (await AskAsync(w)).Should().BeEquivalentTo(new { Status = AskStatus.Closed, SentAt = (DateTimeOffset?)null });
        (await MovesAsync(w)).Should().ContainSingle(e => e.Move == Move.Withdrawn).Which.Detail.Should().StartWith("withdrawn: ");
        (await MailsToCustomerAsync(w)).Should().Be(0, "no ask is sent");
        (await (await w.Lambda.AdaptersAsync(Role.IntakeWebhook)).Blobs.ListAsync(BlobArea.Inbox, "webhooks/" + scheme + "/"))
            .Count(k => k.EndsWith(".body", StringComparison.Ordinal)).Should().Be(2, "the refund's raw body is kept in S3 like the sale's");
    }

    [Theory]
    [MemberData(nameof(Schemes))]
    public async Task A_refund_after_the_ask_was_sent_on_lambda_leaves_it_sent(string scheme)
    {
        await using var w = await StartAsync(scheme);
        (await DeliverAsync(w, SaleThenRefund.Sale(scheme))).Status.Should().Be(200);
        var ask = await AskAsync(w);
        w.Lambda.Advance(ask.SendAt - w.Lambda.Now + TimeSpan.FromMinutes(1));
        await w.Lambda.FireDueJobsAsync();
        (await AskAsync(w)).Status.Should().Be(AskStatus.Sent);

        (await DeliverAsync(w, SaleThenRefund.Refund(scheme))).Status.Should().Be(200);

        (await AskAsync(w)).Status.Should().Be(AskStatus.Sent);
        (await MovesAsync(w)).Should().Contain(e => e.Move == Move.WithdrawalTooLate).And.NotContain(e => e.Move == Move.Withdrawn);
        (await MailsToCustomerAsync(w)).Should().Be(1, "the ask went out once and stays sent");
    }
}
