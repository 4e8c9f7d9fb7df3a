using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Voice;
using FeedbackCollector.Testing.Fakes;

namespace FeedbackCollector.Core.Tests.Flow;

public sealed class AnswerIntakeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_star_tap_is_recorded_by_the_star_rules_and_the_ask_is_marked_answered()
    {
        var world = new FlowWorld();
        var ask = await world.SentAskAsync();

        var outcome = await world.Answers.TapAsync(await world.TokenForAsync(ask), 5, null, Ct);

        outcome.Status.Should().Be(AnswerStatus.Recorded);
        outcome.Thanks.Should().Be(VoiceKey.ThanksHappy);
        (await world.Feedback.GetAsync(ask.CustomerId, ask.AskId, Ct)).Should().BeEquivalentTo(
            new { Channel = Channel.Tap, Raw = "5", Bucket = Bucket.Happy, Reason = "5 stars", ReceivedAt = FlowWorld.Start });
        (await world.Asks.GetAsync(ask.CustomerId, ask.AskId, Ct))!.Status.Should().Be(AskStatus.Answered);
    }

    [Fact]
    public async Task The_first_answer_wins_and_a_second_tap_changes_nothing()
    {
        var world = new FlowWorld();
        var ask = await world.SentAskAsync();
        var token = await world.TokenForAsync(ask);

        await world.Answers.TapAsync(token, 1, "cold water", Ct);
        var second = await world.Answers.TapAsync(token, 5, null, Ct);

        second.Status.Should().Be(AnswerStatus.AlreadyAnswered);
        second.Feedback!.Bucket.Should().Be(Bucket.Unhappy);
        world.Feedback.All.Should().ContainSingle().Which.Raw.Should().Be("1\ncold water");
    }

    [Fact]
    public async Task A_written_reply_after_a_tap_is_already_answered_and_never_classified()
    {
        var world = new FlowWorld();
        var ask = await world.SentAskAsync();
        await world.Answers.TapAsync(await world.TokenForAsync(ask), 4, null, Ct);

        var reply = await world.Answers.ReplyAsync(await world.CompactTokenForAsync(ask), "Actually it was awful", "inbox/1.eml", Ct);

        reply.Status.Should().Be(AnswerStatus.AlreadyAnswered);
        world.Classifier.Calls.Should().BeEmpty();
        world.Feedback.All.Should().ContainSingle().Which.Bucket.Should().Be(Bucket.Happy);
    }

    [Fact]
    public async Task Twenty_parallel_taps_record_exactly_one_answer()
    {
        var world = new FlowWorld();
        var ask = await world.SentAskAsync();
        var token = await world.TokenForAsync(ask);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => world.Answers.TapAsync(token, i % 5 + 1, null, Ct), Ct)));

        outcomes.Count(o => o.Status == AnswerStatus.Recorded).Should().Be(1);
        world.Feedback.All.Should().ContainSingle();
    }

    [Fact]
    public async Task A_written_reply_is_classified_and_routed_with_the_reason_and_raw_mail_kept()
    {
        var world = new FlowWorld();
        world.Classifier.When("The colour was wrong and nobody listened.", Mood.Unhappy, 0.93);
        var ask = await world.SentAskAsync();

        var outcome = await world.Answers.ReplyAsync(await world.CompactTokenForAsync(ask), "  The colour was wrong and nobody listened.\n", "inbox/7.eml", Ct);

        outcome.Status.Should().Be(AnswerStatus.Recorded);
        outcome.Thanks.Should().Be(VoiceKey.ThanksUnhappy);
        outcome.Feedback.Should().BeEquivalentTo(new
        {
            Channel = Channel.Email, Raw = "The colour was wrong and nobody listened.", Bucket = Bucket.Unhappy,
            Reason = "text: unhappy 0.93", RawKey = "inbox/7.eml",
        });
    }

    [Fact]
    public async Task A_reply_read_with_low_confidence_is_unclear()
    {
        var world = new FlowWorld();
        world.Classifier.Enqueue(Mood.Happy, 0.41);
        var ask = await world.SentAskAsync();

        var outcome = await world.Answers.ReplyAsync(await world.CompactTokenForAsync(ask), "hmm ok i guess", "inbox/8.eml", Ct);

        outcome.Feedback!.Bucket.Should().Be(Bucket.Unclear);
        outcome.Feedback.Reason.Should().StartWith("text: happy 0.41 below 0.70");
    }

    [Fact]
    public async Task When_the_classifier_is_unavailable_the_reply_is_kept_as_unclear_with_the_reason()
    {
        var world = new FlowWorld();
        world.Classifier.Unavailable = true;
        var ask = await world.SentAskAsync();

        var outcome = await world.Answers.ReplyAsync(await world.CompactTokenForAsync(ask), "Lovely, thanks!", "inbox/9.eml", Ct);

        outcome.Status.Should().Be(AnswerStatus.Recorded);
        outcome.Feedback!.Bucket.Should().Be(Bucket.Unclear);
        outcome.Feedback.Reason.Should().Contain("classifier unavailable");
        outcome.Feedback.Raw.Should().Be("Lovely, thanks!");
    }

    [Fact]
    public async Task A_tampered_link_is_refused_and_nothing_is_recorded()
    {
        var world = new FlowWorld();
        var ask = await world.SentAskAsync();
        var token = await world.TokenForAsync(ask);
        var tampered = token[..^2] + (token[^2] == 'A' ? "B" : "A") + token[^1];

        var outcome = await world.Answers.TapAsync(tampered, 5, null, Ct);

        outcome.Status.Should().Be(AnswerStatus.InvalidLink);
        outcome.Thanks.Should().BeNull();
        world.Feedback.All.Should().BeEmpty();
    }

    [Fact]
    public async Task An_expired_link_is_refused_as_expired()
    {
        var world = new FlowWorld();
        var ask = await world.SentAskAsync();
        var token = await world.TokenForAsync(ask);
        world.Time.Advance(TimeSpan.FromDays(31));

        (await world.Answers.TapAsync(token, 5, null, Ct)).Status.Should().Be(AnswerStatus.ExpiredLink);
        world.Feedback.All.Should().BeEmpty();
    }

    [Fact]
    public async Task A_link_for_an_ask_that_does_not_exist_is_invalid()
    {
        var world = new FlowWorld();
        var ghost = FlowWorld.NewAsk("never-stored", status: AskStatus.Sent);

        (await world.Answers.TapAsync(await world.TokenForAsync(ghost), 5, null, Ct)).Status.Should().Be(AnswerStatus.InvalidLink);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public async Task Stars_outside_one_to_five_are_refused(int stars)
    {
        var world = new FlowWorld();
        var ask = await world.SentAskAsync();

        (await world.Answers.TapAsync(await world.TokenForAsync(ask), stars, null, Ct)).Status.Should().Be(AnswerStatus.InvalidStars);
        world.Feedback.All.Should().BeEmpty();
    }

    [Fact]
    public async Task A_late_answer_to_an_ask_the_sweep_closed_still_counts()
    {
        var world = new FlowWorld();
        var ask = FlowWorld.NewAsk(status: AskStatus.Closed);
        await world.Asks.TryAddAsync(ask, Ct);

        var outcome = await world.Answers.TapAsync(await world.TokenForAsync(ask), 2, null, Ct);

        outcome.Status.Should().Be(AnswerStatus.Recorded);
        (await world.Asks.GetAsync(ask.CustomerId, ask.AskId, Ct))!.Status.Should().Be(AskStatus.Answered);
    }

    // serve's listener (ReplyAsync) and the router step on AWS (RecordReplyAsync) read a reply's ask and answer the way
    // the star page does: one read of both, never the answer store again on its own.
    [Fact]
    public async Task A_written_reply_reads_its_ask_and_answer_once_by_token_and_by_id()
    {
        var world = new FlowWorld();
        var (first, second) = (await world.SentAskAsync("order-1"), await world.SentAskAsync("order-2"));
        var reads = new CountingReader(new FakeAskAnswerReader(world.Asks, world.Feedback));
        var feedback = new CountingFeedback(world.Feedback);
        var answers = new AnswerIntake(world.Asks, feedback, reads, world.Classifier, world.Docs, world.Tokens, world.Time);

        await answers.ReplyAsync(await world.CompactTokenForAsync(first), "Lovely, thanks!", "inbox/1.eml", Ct);
        await answers.RecordReplyAsync(second.CustomerId, second.AskId, "Lovely, thanks!", "inbox/2.eml", Ct);

        reads.Calls.Should().Be(2);
        feedback.Gets.Should().Be(0);
        world.Feedback.All.Should().HaveCount(2);
    }

    private sealed class CountingReader(IAskAnswerReader inner) : IAskAnswerReader
    {
        public int Calls { get; private set; }

        public Task<AskWithAnswer?> GetAsync(string customerId, string askId, CancellationToken ct = default)
        {
            Calls++;
            return inner.GetAsync(customerId, askId, ct);
        }
    }

    private sealed class CountingFeedback(IFeedbackStore inner) : IFeedbackStore
    {
        public int Gets { get; private set; }

        public Task<Feedback?> GetAsync(string customerId, string askId, CancellationToken ct = default)
        {
            Gets++;
            return inner.GetAsync(customerId, askId, ct);
        }

        public Task<bool> TryAddAsync(Feedback feedback, CancellationToken ct = default) => inner.TryAddAsync(feedback, ct);

        public Task<IReadOnlyList<Feedback>> ListReceivedAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default) =>
            inner.ListReceivedAsync(from, to, ct);

        public Task<bool> DeleteAsync(string customerId, string askId, CancellationToken ct = default) => inner.DeleteAsync(customerId, askId, ct);
    }
}
