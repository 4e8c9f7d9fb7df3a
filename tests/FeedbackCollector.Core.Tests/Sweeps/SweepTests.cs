using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Rules;
using FeedbackCollector.Core.Sweeps;
using FsCheck;
using FsCheck.Fluent;

namespace FeedbackCollector.Core.Tests.Sweeps;

public sealed class SweepTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly BusinessRules Rules = new() { FollowUpAfter = TimeSpan.FromDays(3), TokenLifetime = TimeSpan.FromDays(30) };

    private static Ask SentAsk(string id, DateTimeOffset sentAt, DateTimeOffset? followUp = null) =>
        new("c-" + id, "a-" + id, new Customer("c-" + id, "Ann", "ann@example.com", null), "haircut",
            sentAt.AddHours(-2), sentAt, AskStatus.Sent, sentAt, followUp);

    private static Feedback Answer(Ask ask, DateTimeOffset at, Bucket bucket = Bucket.Happy) =>
        new(ask.CustomerId, ask.AskId, at, Channel.Email, "words", bucket, "text: happy 0.90");

    private static SweepDecision Decide(DateTimeOffset now, IReadOnlyList<Ask> asks, IReadOnlyList<Feedback>? feedback = null,
        IReadOnlyList<AuditEntry>? audit = null, BusinessRules? rules = null) =>
        Sweep.Decide(asks, feedback ?? [], audit ?? [], now, rules ?? Rules);

    [Fact]
    public void A_sent_ask_silent_for_the_follow_up_wait_gets_its_one_follow_up()
    {
        var ask = SentAsk("1", T0);

        Decide(T0.AddDays(3), [ask]).FollowUps.Should().Equal(ask);
    }

    [Fact]
    public void A_sent_ask_silent_for_less_than_the_wait_gets_nothing()
    {
        var decision = Decide(T0.AddDays(3).AddMinutes(-1), [SentAsk("1", T0)]);

        decision.FollowUps.Should().BeEmpty();
        decision.Closes.Should().BeEmpty();
    }

    [Fact]
    public void An_answered_ask_gets_no_follow_up_even_if_it_is_still_marked_sent()
    {
        var ask = SentAsk("1", T0);

        var decision = Decide(T0.AddDays(10), [ask], [Answer(ask, T0.AddDays(1))]);

        decision.FollowUps.Should().BeEmpty();
        decision.Closes.Should().BeEmpty();
        decision.Answered.Should().Equal(ask);
    }

    [Fact]
    public void An_ask_that_already_had_its_follow_up_never_gets_a_second()
    {
        var ask = SentAsk("1", T0, followUp: T0.AddDays(3));

        Decide(T0.AddDays(4), [ask]).FollowUps.Should().BeEmpty();
    }

    [Fact]
    public void An_ask_silent_again_for_the_wait_after_its_follow_up_is_closed()
    {
        var ask = SentAsk("1", T0, followUp: T0.AddDays(3));

        Decide(T0.AddDays(6), [ask]).Closes.Should().Equal(new AskClosure(ask, "no answer after the follow-up"));
    }

    [Fact]
    public void An_ask_whose_links_expired_is_closed_without_a_follow_up()
    {
        var ask = SentAsk("1", T0);

        var decision = Decide(T0.AddDays(30), [ask], rules: Rules with { FollowUpAfter = TimeSpan.FromDays(40) });

        decision.Closes.Should().Equal(new AskClosure(ask, "no answer before the links expired"));
        decision.FollowUps.Should().BeEmpty();
    }

    [Fact]
    public void With_follow_ups_turned_off_a_silent_ask_waits_until_its_links_expire()
    {
        var ask = SentAsk("1", T0);
        var rules = Rules with { FollowUpAfter = null };

        Decide(T0.AddDays(29), [ask], rules: rules).Should().BeEquivalentTo(new SweepDecision([], [], [], []));
        Decide(T0.AddDays(30), [ask], rules: rules).Closes.Should().ContainSingle();
    }

    [Fact]
    public void A_pending_ask_never_sent_before_its_links_expired_is_closed_and_one_still_in_time_is_left()
    {
        var stale = SentAsk("1", T0) with { Status = AskStatus.Pending, SentAt = null };
        var fresh = SentAsk("2", T0.AddDays(20)) with { Status = AskStatus.Pending, SentAt = null };

        var decision = Decide(T0.AddDays(31), [stale, fresh]);

        decision.Closes.Should().Equal(new AskClosure(stale, "never sent before its links expired"));
    }

    [Fact]
    public void Answered_and_closed_asks_are_left_alone()
    {
        var answered = SentAsk("1", T0) with { Status = AskStatus.Answered };
        var closed = SentAsk("2", T0) with { Status = AskStatus.Closed };

        Decide(T0.AddDays(60), [answered, closed]).Should().BeEquivalentTo(new SweepDecision([], [], [], []));
    }

    [Fact]
    public void The_unclear_list_holds_unhandled_unclear_answers_oldest_first_with_their_asks()
    {
        var one = SentAsk("1", T0) with { Status = AskStatus.Answered };
        var two = SentAsk("2", T0) with { Status = AskStatus.Answered };
        var three = SentAsk("3", T0) with { Status = AskStatus.Answered };
        var late = Answer(one, T0.AddDays(2), Bucket.Unclear);
        var early = Answer(two, T0.AddDays(1), Bucket.Unclear);
        var handled = Answer(three, T0.AddDays(1), Bucket.Unclear);
        var happy = Answer(SentAsk("4", T0), T0.AddDays(1));
        var audit = new AuditEntry(three.CustomerId, T0.AddDays(2), three.AskId, Bucket.Happy, Move.MarkedHappy, null, "owner");

        var decision = Decide(T0.AddDays(3), [one, two, three], [late, early, handled, happy], [audit]);

        decision.Unclear.Should().Equal(new UnclearItem(early, two), new UnclearItem(late, one));
    }

    [Fact]
    public void No_ask_ever_gets_a_follow_up_when_it_already_had_one_or_has_an_answer()
    {
        var gen = from sentDays in Gen.Choose(0, 60)
                  from followUpDays in Gen.Choose(-1, 60)
                  from answered in Gen.Elements(true, false)
                  from nowDays in Gen.Choose(0, 90)
                  select (sentDays, followUpDays, answered, nowDays);
        Prop.ForAll(Arb.From(gen), input =>
        {
            var ask = SentAsk("p", T0.AddDays(input.sentDays),
                input.followUpDays < 0 ? null : T0.AddDays(input.sentDays + input.followUpDays));
            var feedback = input.answered ? new[] { Answer(ask, T0) } : [];
            var decision = Decide(T0.AddDays(input.nowDays), [ask], feedback);
            var gotFollowUp = decision.FollowUps.Count > 0;
            var closedAndFollowed = decision.Closes.Count > 0 && gotFollowUp;
            return !closedAndFollowed && (!gotFollowUp || (ask.FollowUpSentAt is null && !input.answered));
        }).QuickCheckThrowOnFailure();
    }
}
