using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using static FeedbackCollector.Testing.Contracts.ContractIds;

namespace FeedbackCollector.Testing.Contracts;

/// <summary>What every IAskStore must do. Adapter tests inherit this and supply a store.</summary>
public abstract class AskStoreContract
{
    protected abstract Task<IAskStore> CreateStoreAsync();

    protected static Ask NewAsk(string? customerId = null, AskStatus status = AskStatus.Pending, string? askId = null)
    {
        var customer = customerId ?? Unique("c");
        return new Ask(customer, askId ?? Unique("a"),
            new Customer(customer, "Ann", "ann@example.com", "+65 9123 4567"),
            "haircut", At(2026, 3, 8, 10, 15, 30, 123), At(2026, 3, 8, 12, 15, 30, 456), status);
    }

    [Fact]
    public async Task Adding_an_ask_returns_true_and_it_can_be_read_back()
    {
        var store = await CreateStoreAsync();
        var ask = NewAsk();

        (await store.TryAddAsync(ask, Ct)).Should().BeTrue();

        (await store.GetAsync(ask.CustomerId, ask.AskId, Ct)).Should().Be(ask);
    }

    [Fact]
    public async Task Adding_the_same_ask_twice_keeps_one_and_returns_false()
    {
        var store = await CreateStoreAsync();
        var first = NewAsk();
        var second = first with { VisitType = "colour", SendAt = first.SendAt.AddHours(5) };

        await store.TryAddAsync(first, Ct);
        (await store.TryAddAsync(second, Ct)).Should().BeFalse();

        (await store.GetAsync(first.CustomerId, first.AskId, Ct)).Should().Be(first, "the first ask is kept unchanged");
        (await store.ListForCustomerAsync(first.CustomerId, Ct)).Should().ContainSingle();
    }

    [Fact]
    public async Task A_missing_ask_reads_as_null()
    {
        var store = await CreateStoreAsync();

        (await store.GetAsync(Unique("c"), Unique("a"), Ct)).Should().BeNull();
    }

    [Fact]
    public async Task Every_field_round_trips_including_optional_ones_to_the_millisecond()
    {
        var store = await CreateStoreAsync();
        var ask = NewAsk(status: AskStatus.Sent) with
        {
            Customer = new Customer("x", "Zoë \"Z\" O'Brien <3", "zoe+tag@example.co.uk", "+44 20 7946 0958"),
            SentAt = At(2026, 3, 8, 12, 15, 31, 7, offsetHours: -5),
            FollowUpSentAt = At(2026, 3, 11, 12, 0, 0, 999, offsetHours: 0),
            ScheduleName = "fc-ask-xyz",
            LastError = "smtp 451: try later — ünïcode",
        };
        ask = ask with { Customer = ask.Customer with { CustomerId = ask.CustomerId } };

        await store.TryAddAsync(ask, Ct);

        var read = await store.GetAsync(ask.CustomerId, ask.AskId, Ct);
        read.Should().Be(ask);
        read!.SendAt.UtcTicks.Should().Be(ask.SendAt.UtcTicks);
        read.FollowUpSentAt!.Value.UtcTicks.Should().Be(ask.FollowUpSentAt!.Value.UtcTicks);
    }

    [Fact]
    public async Task An_empty_name_stays_empty_and_a_long_text_comes_back_whole()
    {
        // Empty is not null (an erased customer's stub has no name), and a value past any small buffer is not cut.
        var store = await CreateStoreAsync();
        var ask = NewAsk(status: AskStatus.Closed);
        ask = ask with { Customer = ask.Customer with { FirstName = "" }, LastError = string.Concat(Enumerable.Repeat("not planned: ünïcode — ", 120)) };

        (await store.TryAddManyAsync([ask], Ct)).Should().Equal(true);

        var read = await store.GetAsync(ask.CustomerId, ask.AskId, Ct);
        read!.Customer.FirstName.Should().BeEmpty();
        read.LastError.Should().Be(ask.LastError);
    }

    [Fact]
    public async Task Null_optional_fields_round_trip_as_null()
    {
        var store = await CreateStoreAsync();
        var ask = NewAsk();
        ask = ask with { Customer = ask.Customer with { Email = null, Phone = "+6591234567" } };

        await store.TryAddAsync(ask, Ct);

        var read = await store.GetAsync(ask.CustomerId, ask.AskId, Ct);
        read.Should().Be(ask);
        read!.SentAt.Should().BeNull();
        read.FollowUpSentAt.Should().BeNull();
        read.ScheduleName.Should().BeNull();
        read.LastError.Should().BeNull();
        read.Customer.Email.Should().BeNull();
    }

    [Fact]
    public async Task The_same_ask_id_under_two_customers_is_two_asks()
    {
        var store = await CreateStoreAsync();
        var askId = Unique("a");
        var one = NewAsk(askId: askId);
        var two = NewAsk(askId: askId);

        (await store.TryAddAsync(one, Ct)).Should().BeTrue();
        (await store.TryAddAsync(two, Ct)).Should().BeTrue();

        (await store.GetAsync(two.CustomerId, askId, Ct)).Should().Be(two);
    }

    [Fact]
    public async Task Listing_for_a_customer_returns_all_their_asks_in_any_status_and_no_one_elses()
    {
        var store = await CreateStoreAsync();
        var customer = Unique("c");
        var pending = NewAsk(customer);
        var answered = NewAsk(customer, AskStatus.Answered);
        var other = NewAsk();
        foreach (var a in new[] { pending, answered, other }) await store.TryAddAsync(a, Ct);

        var list = await store.ListForCustomerAsync(customer, Ct);

        list.Should().BeEquivalentTo([pending, answered]);
        (await store.ListForCustomerAsync(Unique("c"), Ct)).Should().BeEmpty();
    }

    [Fact]
    public async Task Listing_for_a_phone_returns_every_ask_of_that_number_under_any_customer_id_and_no_other_number()
    {
        var store = await CreateStoreAsync();
        var phone = "+6598" + Random.Shared.Next(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        var byEmail = NewAsk(status: AskStatus.Answered);
        byEmail = byEmail with { Customer = byEmail.Customer with { Phone = phone } };
        var byPhone = NewAsk(status: AskStatus.Sent);
        byPhone = byPhone with { Customer = byPhone.Customer with { Email = null, Phone = phone } };
        var other = NewAsk(status: AskStatus.Sent);
        foreach (var a in new[] { byEmail, byPhone, other }) await store.TryAddAsync(a, Ct);

        var listed = await store.ListForPhoneAsync(phone, Ct);

        listed.Should().BeEquivalentTo([byEmail, byPhone]);
        (await store.ListForPhoneAsync("+6500000000", Ct)).Should().BeEmpty();
    }

    [Fact]
    public async Task Listing_by_status_returns_asks_in_that_status_only()
    {
        var store = await CreateStoreAsync();
        var sent = NewAsk(status: AskStatus.Sent);
        var pending = NewAsk(status: AskStatus.Pending);
        await store.TryAddAsync(sent, Ct);
        await store.TryAddAsync(pending, Ct);

        var listed = await store.ListByStatusAsync(AskStatus.Sent, Ct);

        listed.Should().Contain(sent);
        listed.Should().NotContain(a => a.AskId == pending.AskId);
        listed.Should().OnlyContain(a => a.Status == AskStatus.Sent);
    }

    [Fact]
    public async Task A_transition_from_the_right_state_applies_the_status_and_the_change()
    {
        var store = await CreateStoreAsync();
        var ask = NewAsk();
        await store.TryAddAsync(ask, Ct);
        var sentAt = At(2026, 3, 8, 12, 16, 0, 250);

        (await store.TryTransitionAsync(ask.CustomerId, ask.AskId, AskStatus.Pending, AskStatus.Sent,
            new AskChange(SentAt: sentAt, ScheduleName: "job-1"), Ct)).Should().BeTrue();

        (await store.GetAsync(ask.CustomerId, ask.AskId, Ct)).Should()
            .Be(ask with { Status = AskStatus.Sent, SentAt = sentAt, ScheduleName = "job-1" });
        (await store.ListByStatusAsync(AskStatus.Sent, Ct)).Should().Contain(a => a.AskId == ask.AskId);
        (await store.ListByStatusAsync(AskStatus.Pending, Ct)).Should().NotContain(a => a.AskId == ask.AskId);
    }

    [Fact]
    public async Task A_transition_from_the_wrong_state_returns_false_and_changes_nothing()
    {
        var store = await CreateStoreAsync();
        var ask = NewAsk(status: AskStatus.Answered);
        await store.TryAddAsync(ask, Ct);

        (await store.TryTransitionAsync(ask.CustomerId, ask.AskId, AskStatus.Sent, AskStatus.Closed,
            new AskChange(SentAt: At(2026, 4, 1, 0, 0)), Ct)).Should().BeFalse();

        (await store.GetAsync(ask.CustomerId, ask.AskId, Ct)).Should().Be(ask);
    }

    [Fact]
    public async Task A_transition_of_a_missing_ask_returns_false_and_creates_nothing()
    {
        var store = await CreateStoreAsync();
        var customer = Unique("c");
        var askId = Unique("a");

        (await store.TryTransitionAsync(customer, askId, AskStatus.Pending, AskStatus.Sent, new AskChange(), Ct))
            .Should().BeFalse();

        (await store.GetAsync(customer, askId, Ct)).Should().BeNull();
    }

    [Fact]
    public async Task A_change_with_null_fields_leaves_those_fields_as_they_were()
    {
        var store = await CreateStoreAsync();
        var ask = NewAsk(status: AskStatus.Sent) with { SentAt = At(2026, 3, 8, 12, 0, 0, 1), ScheduleName = "job-7" };
        await store.TryAddAsync(ask, Ct);

        await store.TryTransitionAsync(ask.CustomerId, ask.AskId, AskStatus.Sent, AskStatus.Answered, new AskChange(), Ct);

        (await store.GetAsync(ask.CustomerId, ask.AskId, Ct)).Should().Be(ask with { Status = AskStatus.Answered });
    }

    [Fact]
    public async Task Only_one_follow_up_can_be_marked_and_the_first_time_is_kept()
    {
        var store = await CreateStoreAsync();
        var ask = NewAsk(status: AskStatus.Sent);
        await store.TryAddAsync(ask, Ct);
        var first = At(2026, 3, 11, 10, 0, 0, 10);

        (await store.TryMarkFollowUpAsync(ask.CustomerId, ask.AskId, first, Ct)).Should().BeTrue();
        (await store.TryMarkFollowUpAsync(ask.CustomerId, ask.AskId, first.AddDays(1), Ct)).Should().BeFalse();

        var read = await store.GetAsync(ask.CustomerId, ask.AskId, Ct);
        read.Should().Be(ask with { FollowUpSentAt = first }, "marking the follow-up changes nothing else");
    }

    [Fact]
    public async Task Marking_a_follow_up_on_a_missing_ask_returns_false()
    {
        var store = await CreateStoreAsync();

        (await store.TryMarkFollowUpAsync(Unique("c"), Unique("a"), At(2026, 3, 11, 10, 0), Ct)).Should().BeFalse();
    }

    [Fact]
    public async Task Recording_an_error_keeps_the_status_so_the_ask_can_be_retried()
    {
        var store = await CreateStoreAsync();
        var ask = NewAsk();
        await store.TryAddAsync(ask, Ct);

        await store.RecordErrorAsync(ask.CustomerId, ask.AskId, "smtp 451 greylisted", Ct);

        (await store.GetAsync(ask.CustomerId, ask.AskId, Ct)).Should().Be(ask with { LastError = "smtp 451 greylisted" });
        (await store.TryTransitionAsync(ask.CustomerId, ask.AskId, AskStatus.Pending, AskStatus.Sent, new AskChange(), Ct))
            .Should().BeTrue();
    }

    [Fact]
    public async Task Recording_an_error_on_a_missing_ask_does_not_throw_or_create_it()
    {
        var store = await CreateStoreAsync();
        var customer = Unique("c");
        var askId = Unique("a");

        await store.RecordErrorAsync(customer, askId, "boom", Ct);

        (await store.GetAsync(customer, askId, Ct)).Should().BeNull();
    }

    [Fact]
    public async Task Twenty_parallel_adds_of_the_same_ask_let_exactly_one_win()
    {
        var store = await CreateStoreAsync();
        var ask = NewAsk();

        var results = await Task.WhenAll(Enumerable.Range(0, 20)
            .Select(i => Task.Run(() => store.TryAddAsync(ask with { VisitType = "v" + i }, Ct), Ct)));

        results.Count(r => r).Should().Be(1);
        (await store.ListForCustomerAsync(ask.CustomerId, Ct)).Should().ContainSingle();
    }

    [Fact]
    public async Task Twenty_parallel_transitions_of_one_ask_let_exactly_one_win()
    {
        var store = await CreateStoreAsync();
        var ask = NewAsk();
        await store.TryAddAsync(ask, Ct);

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() =>
            store.TryTransitionAsync(ask.CustomerId, ask.AskId, AskStatus.Pending, AskStatus.Sent,
                new AskChange(SentAt: At(2026, 3, 8, 12, 0, i)), Ct), Ct)));

        results.Count(r => r).Should().Be(1);
    }

    [Fact]
    public async Task Twenty_parallel_follow_up_marks_let_exactly_one_win()
    {
        var store = await CreateStoreAsync();
        var ask = NewAsk(status: AskStatus.Sent);
        await store.TryAddAsync(ask, Ct);

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() =>
            store.TryMarkFollowUpAsync(ask.CustomerId, ask.AskId, At(2026, 3, 11, 9, 0, i), Ct), Ct)));

        results.Count(r => r).Should().Be(1);
    }

    [Fact]
    public async Task Deleting_an_ask_removes_only_that_row_and_a_second_delete_returns_false()
    {
        var store = await CreateStoreAsync();
        var ask = NewAsk();
        var sibling = NewAsk(ask.CustomerId);
        await store.TryAddAsync(ask, Ct);
        await store.TryAddAsync(sibling, Ct);

        (await store.DeleteAsync(ask.CustomerId, ask.AskId, Ct)).Should().BeTrue();
        (await store.DeleteAsync(ask.CustomerId, ask.AskId, Ct)).Should().BeFalse();

        (await store.GetAsync(ask.CustomerId, ask.AskId, Ct)).Should().BeNull();
        (await store.ListForCustomerAsync(ask.CustomerId, Ct)).Should().ContainSingle().Which.AskId.Should().Be(sibling.AskId);
    }

    [Fact]
    public async Task An_empty_batch_adds_nothing_and_an_empty_list_of_customers_reads_nothing()
    {
        var store = await CreateStoreAsync();

        (await store.TryAddManyAsync([], Ct)).Should().BeEmpty();
        (await store.ListForCustomersAsync([], Ct)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_batch_adds_each_new_ask_as_given_and_says_so_for_each()
    {
        var store = await CreateStoreAsync();
        var plain = NewAsk();
        var sparse = NewAsk() with { SentAt = At(2026, 3, 9, 1, 2, 3, 4), ScheduleName = "fc-ask-x", LastError = "not planned: ünïcode \"quoted\"" };
        sparse = sparse with { Customer = sparse.Customer with { Email = null } };

        (await store.TryAddManyAsync([plain, sparse], Ct)).Should().Equal(true, true);

        (await store.GetAsync(plain.CustomerId, plain.AskId, Ct)).Should().Be(plain);
        (await store.GetAsync(sparse.CustomerId, sparse.AskId, Ct)).Should().Be(sparse);
    }

    [Fact]
    public async Task Of_a_key_repeated_in_a_batch_the_first_ask_is_added_and_the_rest_are_false()
    {
        var store = await CreateStoreAsync();
        var first = NewAsk();
        var again = first with { VisitType = "colour" };
        var other = NewAsk(first.CustomerId);

        (await store.TryAddManyAsync([first, again, other, again], Ct)).Should().Equal(true, false, true, false);

        (await store.GetAsync(first.CustomerId, first.AskId, Ct)).Should().Be(first);
        (await store.ListForCustomerAsync(first.CustomerId, Ct)).Should().HaveCount(2);
    }

    [Fact]
    public async Task A_batch_leaves_asks_already_stored_unchanged_and_says_false_for_them()
    {
        var store = await CreateStoreAsync();
        var stored = NewAsk(status: AskStatus.Sent);
        await store.TryAddAsync(stored, Ct);
        var fresh = NewAsk();

        (await store.TryAddManyAsync([stored with { Status = AskStatus.Pending, VisitType = "colour" }, fresh], Ct)).Should().Equal(false, true);

        (await store.GetAsync(stored.CustomerId, stored.AskId, Ct)).Should().Be(stored);
    }

    [Fact]
    public async Task Listing_several_customers_reads_every_ask_of_each_in_any_status_and_none_of_others()
    {
        var store = await CreateStoreAsync();
        var ann = NewAsk();
        var annClosed = NewAsk(ann.CustomerId, AskStatus.Closed);
        var bob = NewAsk(status: AskStatus.Answered);
        var carol = NewAsk();
        await store.TryAddManyAsync([ann, annClosed, bob, carol], Ct);

        var read = await store.ListForCustomersAsync([ann.CustomerId, bob.CustomerId, ann.CustomerId, Unique("nobody")], Ct);

        read.Should().BeEquivalentTo([ann, annClosed, bob]);
    }
}
