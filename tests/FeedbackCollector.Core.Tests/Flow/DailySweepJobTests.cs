using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Core.Tests.Flow;

public sealed class DailySweepJobTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_silent_ask_gets_one_follow_up_job_in_allowed_hours_and_a_second_sweep_adds_none()
    {
        var world = new FlowWorld();
        var ask = await world.SentAskAsync();
        world.Time.Advance(TimeSpan.FromDays(3) + TimeSpan.FromHours(13)); // 22:00 in Singapore: quiet hours

        var first = await world.Sweep.RunAsync(Ct);
        var second = await world.Sweep.RunAsync(Ct);

        first.FollowUpsScheduled.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Name = JobNames.FollowUp(ask.AskId), Kind = JobKind.FollowUp,
            DueAt = new DateTimeOffset(2026, 3, 6, 9, 0, 0, TimeSpan.FromHours(8)),
        });
        second.FollowUpsScheduled.Should().BeEmpty();
        world.Scheduler.Jobs.Should().ContainSingle();
    }

    [Fact]
    public async Task The_whole_silent_path_is_ask_then_one_follow_up_then_closed()
    {
        var world = new FlowWorld();
        var ask = await world.SentAskAsync();

        world.Time.Advance(TimeSpan.FromDays(3));
        await world.Sweep.RunAsync(Ct);
        world.Time.Advance(TimeSpan.FromMinutes(5));
        foreach (var job in world.Scheduler.TakeDue(world.Time.GetUtcNow())) await world.Sender.RunAsync(job, Ct);
        world.Time.Advance(TimeSpan.FromDays(3));
        var closing = await world.Sweep.RunAsync(Ct);
        world.Time.Advance(TimeSpan.FromDays(3));
        var later = await world.Sweep.RunAsync(Ct);

        world.Mailer.Sent.Should().ContainSingle("exactly one follow-up, never a second");
        closing.Closed.Should().ContainSingle().Which.Reason.Should().Be("no answer after the follow-up");
        later.FollowUpsScheduled.Should().BeEmpty();
        later.Closed.Should().BeEmpty();
        (await world.Asks.GetAsync(ask.CustomerId, ask.AskId, Ct))!.Status.Should().Be(AskStatus.Closed);
        world.Audit.All.Select(e => e.Move).Should().Equal(Move.FollowUp, Move.Closed);
    }

    [Fact]
    public async Task An_ask_answered_while_still_marked_sent_is_marked_answered_not_followed_up()
    {
        var world = new FlowWorld();
        var ask = await world.SentAskAsync();
        await world.Feedback.TryAddAsync(new Feedback(ask.CustomerId, ask.AskId, FlowWorld.Start.AddHours(1), Channel.Tap, "5", Bucket.Happy, "5 stars"), Ct);
        world.Time.Advance(TimeSpan.FromDays(4));

        var report = await world.Sweep.RunAsync(Ct);

        report.MarkedAnswered.Should().ContainSingle();
        report.FollowUpsScheduled.Should().BeEmpty();
        (await world.Asks.GetAsync(ask.CustomerId, ask.AskId, Ct))!.Status.Should().Be(AskStatus.Answered);
    }

    [Fact]
    public async Task A_pending_ask_whose_job_was_lost_gets_its_job_again()
    {
        var world = new FlowWorld();
        var ask = FlowWorld.NewAsk(sendAt: FlowWorld.Start.AddHours(-1));
        await world.Asks.TryAddAsync(ask, Ct);

        var report = await world.Sweep.RunAsync(Ct);

        report.Rescheduled.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new { Name = JobNames.SendAsk(ask.AskId), DueAt = FlowWorld.Start.AddMinutes(1) });
    }

    [Fact]
    public async Task The_unclear_list_shows_unclear_answers_until_someone_settles_them()
    {
        var world = new FlowWorld();
        var one = await world.SentAskAsync("o-1");
        var two = await world.SentAskAsync("o-2", FlowWorld.Ann with { CustomerId = AskId.ForCustomer("bo@example.com", null), Email = "bo@example.com" });
        await world.Answers.TapAsync(await world.TokenForAsync(one), 3, "so-so", Ct);
        await world.Answers.TapAsync(await world.TokenForAsync(two), 3, null, Ct);
        world.Time.Advance(TimeSpan.FromHours(1));

        var before = await world.Sweep.RunAsync(Ct);
        await world.OwnerActions.DismissAsync(one.CustomerId, one.AskId, "kim", Ct);
        var after = await world.Sweep.RunAsync(Ct);

        before.Unclear.Select(u => u.Feedback.AskId).Should().BeEquivalentTo([one.AskId, two.AskId]);
        after.Unclear.Should().ContainSingle().Which.Ask!.AskId.Should().Be(two.AskId);
    }
}
