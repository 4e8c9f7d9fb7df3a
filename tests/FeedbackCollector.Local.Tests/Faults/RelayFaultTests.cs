using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Local.Scheduling;
using FeedbackCollector.Local.Tests.TestSupport;

namespace FeedbackCollector.Local.Tests.Faults;

/// <summary>The SMTP relay mode under faults: a crash mid-send, a lost connection, a relay that is down for an hour.</summary>
public sealed class RelayFaultTests
{
    [Fact]
    public async Task Hole7_a_crash_between_the_relays_250_and_our_record_never_sends_the_ask_twice()
    {
        await using var relay = await ListenerHarness.StartAsync("relay.test");
        using var world = await RelaySendWorld.StartAsync(relay.Port);
        var job = await world.PendingAskAsync();
        using var crash = new CancellationTokenSource();
        relay.BeforeAccepting = crash.Cancel; // the process dies while the relay is answering 250

        var first = () => world.SendAsync(job, crash.Token);

        await first.Should().ThrowAsync<OperationCanceledException>();
        relay.Handed.Should().ContainSingle("the relay has the message");
        (await world.MovesAsync(job)).Should().BeEmpty("the crash came before our record of the send");

        relay.BeforeAccepting = null;
        await world.RestartAsync();
        world.Clock.Advance(TimeSpan.FromMinutes(10)); // past ResendAfter: the recovery path that used to resend
        var second = await world.SendAsync(job);

        relay.Handed.Should().ContainSingle("a crashed send is never sent twice");
        second.Status.Should().Be(SendStatus.Sent);
        second.Detail.Should().StartWith("sent-unconfirmed");
        (await world.MovesAsync(job)).Should().ContainSingle(m => m.Move == Move.AskSent)
            .Which.Detail.Should().StartWith("sent-unconfirmed: the relay was handed this message");
    }

    [Fact]
    public async Task A_crash_after_the_relays_250_was_recorded_answers_the_rerun_as_sent_without_resending()
    {
        await using var relay = await ListenerHarness.StartAsync("relay.test");
        using var world = await RelaySendWorld.StartAsync(relay.Port);
        var job = await world.PendingAskAsync();
        world.WrapMailer = mailer => new CrashAfterSending(mailer);
        await world.RestartAsync();

        var first = () => world.SendAsync(job);

        await first.Should().ThrowAsync<InvalidOperationException>();
        world.WrapMailer = mailer => mailer;
        await world.RestartAsync();
        world.Clock.Advance(TimeSpan.FromMinutes(10));
        var second = await world.SendAsync(job);

        relay.Handed.Should().ContainSingle();
        second.Status.Should().Be(SendStatus.Sent);
        second.Detail.Should().BeNull("the relay's acceptance was recorded, so the send is confirmed");
    }

    [Fact]
    public async Task A_relay_that_refuses_with_4xx_gets_the_ask_again_on_the_retry()
    {
        await using var relay = await ListenerHarness.StartAsync("relay.test");
        using var world = await RelaySendWorld.StartAsync(relay.Port);
        var job = await world.PendingAskAsync();
        relay.PipelineFailure = new InvalidOperationException("disk full");

        var first = () => world.SendAsync(job);

        await first.Should().ThrowAsync<TransientFailureException>().WithMessage("*smtp 451*");
        relay.PipelineFailure = null;
        var second = await world.SendAsync(job);
        second.Status.Should().Be(SendStatus.Sent);
        second.Detail.Should().BeNull();
        relay.Handed.Should().ContainSingle();
    }

    [Fact]
    public async Task With_the_relay_down_for_an_hour_every_due_ask_is_sent_exactly_once_when_it_returns()
    {
        var port = FreePort.Next();
        using var world = await RelaySendWorld.StartAsync(port);
        var names = new[] { "ann", "bob", "cat", "dan", "eve" };
        foreach (var name in names) await world.Storage.Schedule.ScheduleAsync(await world.PendingAskAsync(name));
        var loop = new SchedulerLoop(world.Storage.Schedule, (job, ct) => world.SendAsync(job, ct), [],
            new SchedulerLoopOptions(), world.Clock);
        var failures = 0;
        loop.JobFinished += (_, outcome) => failures += outcome.Succeeded ? 0 : 1;

        await RunForAsync(loop, world, TimeSpan.FromHours(1));
        failures.Should().BeGreaterThanOrEqualTo(names.Length * 5, "each ask was tried with backoff while the relay was down");
        await using var relay = await ListenerHarness.StartAsync("relay.test", port: port);
        await RunForAsync(loop, world, TimeSpan.FromHours(2));

        relay.Handed.Select(h => h.Recipient).Should().BeEquivalentTo(names.Select(n => n + "@relay.test"));
        foreach (var ask in await world.Storage.Asks.ListByStatusAsync(AskStatus.Sent))
        {
            (await world.Storage.Audit.ListForAskAsync(ask.CustomerId, ask.AskId)).Should().ContainSingle(m => m.Move == Move.AskSent);
        }
        (await world.Storage.Asks.ListByStatusAsync(AskStatus.Sent)).Should().HaveCount(names.Length);
    }

    private static async Task RunForAsync(SchedulerLoop loop, RelaySendWorld world, TimeSpan span)
    {
        var until = world.Clock.GetUtcNow() + span;
        while (world.Clock.GetUtcNow() < until)
        {
            await loop.RunOnceAsync();
            world.Clock.Advance(TimeSpan.FromMinutes(1));
        }
    }

    /// <summary>The process dies after the mailer returned and before the send is recorded.</summary>
    private sealed class CrashAfterSending(IMailer inner) : IMailer
    {
        public async Task<SendResult> SendAsync(OutboundEmail email, CancellationToken ct = default)
        {
            await inner.SendAsync(email, ct);
            throw new InvalidOperationException("killed");
        }
    }
}
