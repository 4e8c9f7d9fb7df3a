using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Core.Tests.Flow;

public sealed class AskSenderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ScheduledJob SendJob(Ask ask) =>
        new(JobNames.SendAsk(ask.AskId), JobKind.SendAsk, ask.CustomerId, ask.AskId, ask.SendAt);

    private static ScheduledJob FollowUpJob(Ask ask) =>
        new(JobNames.FollowUp(ask.AskId), JobKind.FollowUp, ask.CustomerId, ask.AskId, ask.SendAt.AddDays(3));

    private static async Task<Ask> PendingAsync(FlowWorld world, Customer? customer = null)
    {
        var ask = FlowWorld.NewAsk(customer: customer);
        await world.Asks.TryAddAsync(ask, Ct);
        return ask;
    }

    [Fact]
    public async Task A_due_ask_is_mailed_and_marked_sent_at_the_time_it_went()
    {
        var world = new FlowWorld();
        var ask = await PendingAsync(world);
        world.Time.Advance(TimeSpan.FromMinutes(1));

        var outcome = await world.Sender.RunAsync(SendJob(ask), Ct);

        outcome.Should().Be(new SendOutcome(SendStatus.Sent, false, "email"));
        world.Mailer.Sent.Should().ContainSingle().Which.Subject.Should().Be("How was your haircut at Kim's Salon?");
        (await world.Asks.GetAsync(ask.CustomerId, ask.AskId, Ct)).Should().BeEquivalentTo(
            new { Status = AskStatus.Sent, SentAt = FlowWorld.Start.AddMinutes(1) });
    }

    [Fact]
    public async Task The_same_job_delivered_twice_sends_one_email()
    {
        var world = new FlowWorld();
        var ask = await PendingAsync(world);

        await world.Sender.RunAsync(SendJob(ask), Ct);
        var again = await world.Sender.RunAsync(SendJob(ask), Ct);

        again.Status.Should().Be(SendStatus.Skipped);
        world.Mailer.Attempts.Should().ContainSingle();
    }

    [Fact]
    public async Task Twenty_parallel_runs_of_one_job_send_exactly_one_email()
    {
        var world = new FlowWorld();
        var ask = await PendingAsync(world);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => world.Sender.RunAsync(SendJob(ask), Ct), Ct)));

        outcomes.Count(o => o.Status == SendStatus.Sent).Should().Be(1);
        world.Mailer.Attempts.Should().ContainSingle();
    }

    [Fact]
    public async Task A_claimed_ask_whose_run_died_before_sending_is_sent_by_the_rerun_of_its_job()
    {
        var world = new FlowWorld();
        var ask = await PendingAsync(world);
        // The run that claimed the ask crashed before its mail left: Sent, but no AskSent record.
        await world.Asks.TryTransitionAsync(ask.CustomerId, ask.AskId, AskStatus.Pending, AskStatus.Sent,
            new AskChange(SentAt: world.Time.GetUtcNow()), Ct);
        world.Time.Advance(TimeSpan.FromMinutes(10));

        var outcome = await world.Sender.RunAsync(SendJob(ask), Ct);
        var again = await world.Sender.RunAsync(SendJob(ask), Ct);

        outcome.Status.Should().Be(SendStatus.Sent);
        again.Should().BeEquivalentTo(new { Status = SendStatus.Skipped, Retry = false });
        var expected = world.Messages.AskEmail(ask, await world.Docs.LoadAsync(Ct));
        world.Mailer.Sent.Should().ContainSingle().Which.MessageId.Should().Be(expected.MessageId);
        (await world.Audit.ListForAskAsync(ask.CustomerId, ask.AskId, Ct)).Should().ContainSingle(e => e.Move == Move.AskSent);
    }

    [Fact]
    public async Task A_rerun_moments_after_another_run_claimed_the_ask_asks_to_be_retried_and_sends_nothing()
    {
        var world = new FlowWorld();
        var ask = await PendingAsync(world);
        await world.Asks.TryTransitionAsync(ask.CustomerId, ask.AskId, AskStatus.Pending, AskStatus.Sent,
            new AskChange(SentAt: world.Time.GetUtcNow()), Ct);
        world.Time.Advance(TimeSpan.FromMinutes(1));

        var outcome = await world.Sender.RunAsync(SendJob(ask), Ct);

        outcome.Should().BeEquivalentTo(new { Status = SendStatus.Skipped, Retry = true });
        world.Mailer.Attempts.Should().BeEmpty();
    }

    [Fact]
    public async Task A_message_that_cannot_be_built_leaves_the_ask_pending_instead_of_claimed_and_unsent()
    {
        // Regression: the claim came before the message was built, so a build failure stranded the ask as Sent.
        var world = new FlowWorld();
        var odd = FlowWorld.NewAsk() with { CustomerId = "not-an-id-tokens-can-carry" };
        await world.Asks.TryAddAsync(odd, Ct);

        var run = () => world.Sender.RunAsync(SendJob(odd), Ct);

        await run.Should().ThrowAsync<Exception>();
        (await world.Asks.GetAsync(odd.CustomerId, odd.AskId, Ct))!.Status.Should().Be(AskStatus.Pending);
        world.Mailer.Attempts.Should().BeEmpty();
    }

    [Fact]
    public async Task A_successful_send_is_recorded_after_it_left_with_the_channel_it_went_by()
    {
        var world = new FlowWorld();
        var ask = await PendingAsync(world);

        await world.Sender.RunAsync(SendJob(ask), Ct);

        (await world.Audit.ListForAskAsync(ask.CustomerId, ask.AskId, Ct)).Should().ContainSingle()
            .Which.Should().BeEquivalentTo(new { Move = Move.AskSent, SentVia = "email", ByUser = "system" });
    }

    [Fact]
    public async Task A_transient_failure_is_recorded_and_leaves_the_ask_pending_so_the_retry_sends_it()
    {
        var world = new FlowWorld();
        var ask = await PendingAsync(world);
        world.Mailer.Script.FailNext(1, transient: true, "451 greylisted");

        var first = await world.Sender.RunAsync(SendJob(ask), Ct);
        var afterFailure = await world.Asks.GetAsync(ask.CustomerId, ask.AskId, Ct);
        var retry = await world.Sender.RunAsync(SendJob(ask), Ct);

        first.Should().BeEquivalentTo(new { Status = SendStatus.Failed, Retry = true });
        afterFailure!.Status.Should().Be(AskStatus.Pending);
        afterFailure.LastError.Should().Contain("451 greylisted");
        retry.Status.Should().Be(SendStatus.Sent);
        world.Mailer.Sent.Should().ContainSingle();
    }

    [Fact]
    public async Task A_permanent_failure_closes_the_ask_with_the_reason_and_is_not_retried()
    {
        var world = new FlowWorld();
        var ask = await PendingAsync(world);
        world.Mailer.Script.FailNext(1, transient: false, "550 no such user");

        var outcome = await world.Sender.RunAsync(SendJob(ask), Ct);

        outcome.Retry.Should().BeFalse();
        (await world.Asks.GetAsync(ask.CustomerId, ask.AskId, Ct)).Should().BeEquivalentTo(
            new { Status = AskStatus.Closed, LastError = "send failed (permanent): 550 no such user" });
        world.Audit.All.Should().ContainSingle().Which.Detail.Should().Contain("550 no such user");
    }

    [Fact]
    public async Task A_suppressed_customer_is_not_mailed_and_the_ask_is_closed_saying_why()
    {
        var world = new FlowWorld();
        var ask = await PendingAsync(world);
        await world.Suppression.AddAsync("ann@example.com", "bounce", FlowWorld.Start, Ct);

        var outcome = await world.Sender.RunAsync(SendJob(ask), Ct);

        outcome.Status.Should().Be(SendStatus.Suppressed);
        world.Mailer.Attempts.Should().BeEmpty();
        (await world.Asks.GetAsync(ask.CustomerId, ask.AskId, Ct))!.Status.Should().Be(AskStatus.Closed);
        world.Audit.All.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Move = Move.Closed, Detail = "not sent: suppressed" });
    }

    [Fact]
    public async Task A_phone_only_customer_gets_an_sms_with_the_landing_link_when_sms_is_on()
    {
        var world = new FlowWorld(smsEnabled: true);
        var bob = new Customer(AskId.ForCustomer(null, "+6581234567"), "Bob", null, "+6581234567");
        var ask = await PendingAsync(world, bob);

        var outcome = await world.Sender.RunAsync(SendJob(ask), Ct);

        outcome.Via.Should().Be("sms");
        world.Sms.Sent.Should().ContainSingle().Which.Text.Should().Contain($"https://fb.example.com/t/{await world.TokenForAsync(ask)}");
    }

    [Fact]
    public async Task A_phone_only_customer_is_not_asked_when_sms_is_off_and_the_ask_says_why()
    {
        var world = new FlowWorld(smsEnabled: false);
        var bob = new Customer(AskId.ForCustomer(null, "+6581234567"), "Bob", null, "+6581234567");
        var ask = await PendingAsync(world, bob);

        await world.Sender.RunAsync(SendJob(ask), Ct);

        world.Sms.Sent.Should().BeEmpty();
        (await world.Asks.GetAsync(ask.CustomerId, ask.AskId, Ct))!.LastError.Should().Contain("no email");
    }

    [Fact]
    public async Task An_ask_whose_links_expired_before_it_could_go_is_closed_not_sent()
    {
        var world = new FlowWorld();
        var ask = await PendingAsync(world);
        world.Time.Advance(TimeSpan.FromDays(30));

        (await world.Sender.RunAsync(SendJob(ask), Ct)).Status.Should().Be(SendStatus.Skipped);
        world.Mailer.Attempts.Should().BeEmpty();
        (await world.Asks.GetAsync(ask.CustomerId, ask.AskId, Ct))!.Status.Should().Be(AskStatus.Closed);
    }

    [Fact]
    public async Task The_one_follow_up_goes_out_once_and_is_audited()
    {
        var world = new FlowWorld();
        var ask = await world.SentAskAsync();
        world.Time.Advance(TimeSpan.FromDays(3));

        var first = await world.Sender.RunAsync(FollowUpJob(ask), Ct);
        var second = await world.Sender.RunAsync(FollowUpJob(ask), Ct);

        first.Status.Should().Be(SendStatus.Sent);
        second.Status.Should().Be(SendStatus.Skipped);
        world.Mailer.Sent.Should().ContainSingle().Which.Subject.Should().Be("One quick tap for Kim's Salon?");
        world.Audit.All.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Move = Move.FollowUp, SentVia = "email" });
        (await world.Asks.GetAsync(ask.CustomerId, ask.AskId, Ct))!.FollowUpSentAt.Should().Be(FlowWorld.Start.AddDays(3));
    }

    [Fact]
    public async Task An_answered_ask_gets_no_follow_up()
    {
        var world = new FlowWorld();
        var ask = await world.SentAskAsync();
        await world.Answers.TapAsync(await world.TokenForAsync(ask), 4, null, Ct);

        (await world.Sender.RunAsync(FollowUpJob(ask), Ct)).Status.Should().Be(SendStatus.Skipped);
        world.Mailer.Attempts.Should().BeEmpty();
    }

    [Fact]
    public async Task A_failed_follow_up_is_recorded_and_never_retried_because_there_is_at_most_one()
    {
        var world = new FlowWorld();
        var ask = await world.SentAskAsync();
        world.Mailer.Script.FailNext(1, transient: true, "451 later");

        var first = await world.Sender.RunAsync(FollowUpJob(ask), Ct);
        var second = await world.Sender.RunAsync(FollowUpJob(ask), Ct);

        first.Should().BeEquivalentTo(new { Status = SendStatus.Failed, Retry = false });
        second.Status.Should().Be(SendStatus.Skipped);
        world.Mailer.Attempts.Should().ContainSingle();
        world.Audit.All.Should().ContainSingle().Which.Detail.Should().Contain("not retried");
    }
}

public sealed class AskSenderRegressionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_answer_to_a_mail_reported_as_failed_but_delivered_stops_the_resend()
    {
        var world = new FlowWorld();
        var ask = FlowWorld.NewAsk();
        await world.Asks.TryAddAsync(ask, Ct);
        var job = new ScheduledJob(JobNames.SendAsk(ask.AskId), JobKind.SendAsk, ask.CustomerId, ask.AskId, ask.SendAt);
        world.Mailer.Script.FailNext(1, transient: true, "timeout after DATA");
        await world.Sender.RunAsync(job, Ct);

        await world.Answers.TapAsync(await world.TokenForAsync(ask), 5, null, Ct);
        var retry = await world.Sender.RunAsync(job, Ct);

        retry.Status.Should().Be(SendStatus.Skipped);
        world.Mailer.Attempts.Should().ContainSingle();
        (await world.Asks.GetAsync(ask.CustomerId, ask.AskId, Ct))!.Status.Should().Be(AskStatus.Answered);
    }
}
