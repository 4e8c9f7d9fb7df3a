using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using static FeedbackCollector.Testing.Contracts.ContractIds;

namespace FeedbackCollector.Testing.Contracts;

/// <summary>What every IFeedbackStore must do: the first answer per (customer, ask) wins.</summary>
public abstract class FeedbackStoreContract
{
    protected abstract Task<IFeedbackStore> CreateStoreAsync();

    protected static Feedback NewFeedback(DateTimeOffset? receivedAt = null, string? customerId = null, string? askId = null) =>
        new(customerId ?? Unique("c"), askId ?? Unique("a"), receivedAt ?? At(2026, 3, 9, 8, 30, 15, 321),
            Channel.Tap, "5", Bucket.Happy, "5 stars");

    [Fact]
    public async Task An_answer_can_be_added_and_read_back()
    {
        var store = await CreateStoreAsync();
        var answer = NewFeedback();

        (await store.TryAddAsync(answer, Ct)).Should().BeTrue();

        (await store.GetAsync(answer.CustomerId, answer.AskId, Ct)).Should().Be(answer);
    }

    [Fact]
    public async Task The_first_answer_wins_and_a_second_returns_false()
    {
        var store = await CreateStoreAsync();
        var first = NewFeedback();
        var second = first with { Channel = Channel.Email, Raw = "terrible", Bucket = Bucket.Unhappy, Reason = "text: unhappy 0.93" };

        await store.TryAddAsync(first, Ct);
        (await store.TryAddAsync(second, Ct)).Should().BeFalse();

        (await store.GetAsync(first.CustomerId, first.AskId, Ct)).Should().Be(first);
    }

    [Fact]
    public async Task A_missing_answer_reads_as_null()
    {
        var store = await CreateStoreAsync();

        (await store.GetAsync(Unique("c"), Unique("a"), Ct)).Should().BeNull();
    }

    [Fact]
    public async Task Every_field_round_trips_including_long_unicode_text_to_the_millisecond()
    {
        var store = await CreateStoreAsync();
        var words = "Das Personal war unfreundlich 😞 <b>&amp;</b> \"quoted\"\r\nsecond line\ttab " + new string('x', 3000);
        var answer = NewFeedback(At(2026, 3, 9, 23, 59, 59, 999, offsetHours: -7)) with
        {
            Channel = Channel.Email, Raw = words, Bucket = Bucket.Unclear, Reason = "text: happy 0.41 below 0.70",
        };

        await store.TryAddAsync(answer, Ct);

        var read = await store.GetAsync(answer.CustomerId, answer.AskId, Ct);
        read.Should().Be(answer);
        read!.ReceivedAt.UtcTicks.Should().Be(answer.ReceivedAt.UtcTicks);
    }

    [Fact]
    public async Task Answers_to_the_same_ask_id_from_two_customers_are_both_kept()
    {
        var store = await CreateStoreAsync();
        var askId = Unique("a");
        var one = NewFeedback(askId: askId);
        var two = NewFeedback(askId: askId) with { Bucket = Bucket.Unhappy };

        (await store.TryAddAsync(one, Ct)).Should().BeTrue();
        (await store.TryAddAsync(two, Ct)).Should().BeTrue();

        (await store.GetAsync(two.CustomerId, askId, Ct)).Should().Be(two);
    }

    [Fact]
    public async Task Listing_received_answers_is_half_open_including_from_and_excluding_to()
    {
        var store = await CreateStoreAsync();
        var from = At(2031, 5, 1, 0, 0, 0, 0, offsetHours: 0).AddMinutes(Random.Shared.Next(0, 100_000));
        var to = from.AddDays(1);
        var before = NewFeedback(from.AddMilliseconds(-1));
        var atFrom = NewFeedback(from);
        var inside = NewFeedback(from.AddHours(5));
        var atTo = NewFeedback(to);
        foreach (var f in new[] { before, atFrom, inside, atTo }) await store.TryAddAsync(f, Ct);
        var mine = new HashSet<string> { before.CustomerId, atFrom.CustomerId, inside.CustomerId, atTo.CustomerId };

        var listed = (await store.ListReceivedAsync(from, to, Ct)).Where(f => mine.Contains(f.CustomerId));

        listed.Should().BeEquivalentTo([atFrom, inside]);
    }

    [Fact]
    public async Task Twenty_parallel_answers_to_one_ask_let_exactly_one_win_and_keep_the_winner()
    {
        var store = await CreateStoreAsync();
        var customer = Unique("c");
        var askId = Unique("a");
        var answers = Enumerable.Range(1, 20)
            .Select(i => NewFeedback(customerId: customer, askId: askId) with { Raw = i.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            .ToList();

        var results = await Task.WhenAll(answers.Select(a => Task.Run(() => store.TryAddAsync(a, Ct), Ct)));

        results.Count(r => r).Should().Be(1);
        var winner = answers[Array.IndexOf(results, true)];
        (await store.GetAsync(customer, askId, Ct)).Should().Be(winner);
    }

    [Fact]
    public async Task Deleting_an_answer_removes_it_from_reads_and_lists_and_a_second_delete_returns_false()
    {
        var store = await CreateStoreAsync();
        var answer = NewFeedback();
        await store.TryAddAsync(answer, Ct);

        (await store.DeleteAsync(answer.CustomerId, answer.AskId, Ct)).Should().BeTrue();
        (await store.DeleteAsync(answer.CustomerId, answer.AskId, Ct)).Should().BeFalse();

        (await store.GetAsync(answer.CustomerId, answer.AskId, Ct)).Should().BeNull();
        (await store.ListReceivedAsync(answer.ReceivedAt.AddSeconds(-1), answer.ReceivedAt.AddSeconds(1), Ct))
            .Should().NotContain(f => f.CustomerId == answer.CustomerId);
    }
}
