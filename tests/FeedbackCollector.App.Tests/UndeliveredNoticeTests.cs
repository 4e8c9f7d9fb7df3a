using System.Net;
using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.App.Tests;

/// <summary>Issue 10 point 3: a customer message that failed for good, and an owner ping Slack could not take, reach the owner.</summary>
public sealed class UndeliveredNoticeTests
{
    private const string OwnerEmail = "owner@kims.example";

    [Fact]
    public async Task A_feedback_ask_the_provider_refuses_for_good_is_told_to_the_owner_with_the_customers_contact_links()
    {
        using var world = new AppWorld();
        var job = await PendingAskAsync(world);
        world.FakeMailer.Script.FailNext(1, transient: false, error: "550 5.1.1 mailbox does not exist");

        var outcome = await world.App.SendAsync(job, TestContext.Current.CancellationToken);

        outcome.Status.Should().Be(SendStatus.Failed);
        outcome.OwnerTold.Should().NotBeNull().And.Match<SendResult>(t => t.Sent);
        var note = world.FakeMailer.SentTo(OwnerEmail).Should().ContainSingle().Subject;
        note.Subject.Should().Be("Could not reach Ann: feedback ask not delivered");
        note.TextBody.Should().Contain("The feedback ask to Ann (ann@example.com) after their haircut could not be delivered")
            .And.Contain("550 5.1.1 mailbox does not exist").And.Contain("mailto:ann@example.com");
    }

    [Fact]
    public async Task A_failure_that_will_be_retried_is_not_told()
    {
        using var world = new AppWorld();
        var job = await PendingAskAsync(world);
        world.FakeMailer.Script.FailNext(1, transient: true);

        var send = () => world.App.SendAsync(job, TestContext.Current.CancellationToken);

        await send.Should().ThrowAsync<TransientFailureException>();
        world.FakeMailer.SentTo(OwnerEmail).Should().BeEmpty();
    }

    [Fact]
    public async Task A_review_nudge_refused_for_good_is_told_to_the_owner_once()
    {
        using var world = new AppWorld();
        var (ask, token, _) = await world.SentAskAsync();
        world.FakeMailer.Script.FailNext(1, transient: false, error: "550 mailbox full for good");

        await world.PostTapAsync(token, 5);
        var again = await world.App.DispatchAsync(ask.CustomerId, ask.AskId, TestContext.Current.CancellationToken);

        var note = world.FakeMailer.SentTo(OwnerEmail).Should().ContainSingle("a failed nudge is final, so it is told once").Subject;
        note.Subject.Should().Be("Could not reach Ann: review nudge not delivered");
        note.TextBody.Should().Contain("550 mailbox full for good").And.NotContain("failed permanently:");
        again.OwnerTold.Should().BeEmpty();
    }

    [Fact]
    public async Task When_neither_channel_reaches_the_owner_the_outcome_says_so_for_the_alarm()
    {
        using var world = new AppWorld();
        var job = await PendingAskAsync(world);
        world.FakeMailer.Script.FailAlways(transient: false, "550 refused");

        var outcome = await world.App.SendAsync(job, TestContext.Current.CancellationToken);

        outcome.OwnerTold.Should().NotBeNull().And.Match<SendResult>(t => !t.Sent);
    }

    [Fact]
    public async Task An_owner_ping_slack_cannot_take_goes_by_email_at_once_and_says_why()
    {
        using var world = new AppWorld(slack: ("xoxb-test", "U0OWNER", new AnsweringHandler(HttpStatusCode.ServiceUnavailable)));
        var (_, token, _) = await world.SentAskAsync();

        await world.PostTapAsync(token, 1);

        var ping = world.FakeMailer.SentTo(OwnerEmail).Should().ContainSingle("Slack is down, so the unhappy answer goes by email").Subject;
        ping.TextBody.Should().Contain("Sent by email because Slack could not deliver it");
        world.FakeAudit.All.Should().Contain(e => e.Move == Move.OwnerPing && e.SentVia != null && e.SentVia.StartsWith("email", StringComparison.Ordinal));
    }

    private static async Task<ScheduledJob> PendingAskAsync(AppWorld world)
    {
        var ask = new Ask(AppWorld.Ann.CustomerId, AskId.ForVisit("shopify", "order-9"), AppWorld.Ann, "haircut",
            AppWorld.Start.AddHours(-2), AppWorld.Start, AskStatus.Pending);
        await world.FakeAsks.TryAddAsync(ask);
        return new ScheduledJob("ask-order-9", JobKind.SendAsk, ask.CustomerId, ask.AskId, AppWorld.Start);
    }

    private sealed class AnsweringHandler(HttpStatusCode status) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent("{\"ok\":false,\"error\":\"service_unavailable\"}") });
    }
}
