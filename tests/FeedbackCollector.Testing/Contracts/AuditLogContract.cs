using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using static FeedbackCollector.Testing.Contracts.ContractIds;

namespace FeedbackCollector.Testing.Contracts;

/// <summary>What every IAuditLog must do: append-only, nothing lost, ranges half-open, oldest first.</summary>
public abstract class AuditLogContract
{
    protected abstract Task<IAuditLog> CreateLogAsync();

    protected static AuditEntry Entry(string customerId, string askId, DateTimeOffset ts, Move move = Move.ReviewNudge) =>
        new(customerId, ts, askId, Bucket.Happy, move, "email", "system", "review link sent");

    [Fact]
    public async Task An_entry_round_trips_every_field_to_the_millisecond()
    {
        var log = await CreateLogAsync();
        var entry = new AuditEntry(Unique("c"), At(2026, 3, 9, 8, 30, 15, 789, offsetHours: -3), Unique("a"),
            Bucket.Unhappy, Move.OwnerPing, "slack", "owner@example.com", "pinged — \"ünïcode\" <detail>");

        await log.AppendAsync(entry, Ct);

        var read = await log.ListForAskAsync(entry.CustomerId, entry.AskId, Ct);
        read.Should().Equal(entry);
        read[0].Ts.UtcTicks.Should().Be(entry.Ts.UtcTicks);
    }

    [Fact]
    public async Task Null_fields_round_trip_as_null()
    {
        var log = await CreateLogAsync();
        var entry = new AuditEntry(Unique("c"), At(2026, 3, 9, 8, 30, 15, 1), Unique("a"), null, Move.Held, null, "system");

        await log.AppendAsync(entry, Ct);

        (await log.ListForAskAsync(entry.CustomerId, entry.AskId, Ct)).Should().Equal(entry);
    }

    [Fact]
    public async Task Entries_of_one_ask_are_listed_oldest_first_and_no_others()
    {
        var log = await CreateLogAsync();
        var customer = Unique("c");
        var askId = Unique("a");
        var t = At(2026, 3, 9, 8, 0, 0, 5);
        var late = Entry(customer, askId, t.AddHours(2), Move.Resolved);
        var early = Entry(customer, askId, t, Move.OwnerPing);
        var otherAsk = Entry(customer, Unique("a"), t.AddHours(1));
        foreach (var e in new[] { late, early, otherAsk }) await log.AppendAsync(e, Ct);

        (await log.ListForAskAsync(customer, askId, Ct)).Should().Equal(early, late);
    }

    [Fact]
    public async Task Entries_at_the_same_instant_for_one_customer_are_all_kept()
    {
        // Under the "everyone" policy one answer yields a review nudge and an owner ping at the same
        // moment; an audit keyed on (customer, ts) alone would silently overwrite one of them.
        var log = await CreateLogAsync();
        var customer = Unique("c");
        var askId = Unique("a");
        var t = At(2026, 3, 9, 8, 0, 0, 5);
        var nudge = Entry(customer, askId, t, Move.ReviewNudge);
        var ping = Entry(customer, askId, t, Move.OwnerPing) with { SentVia = "slack" };

        await log.AppendAsync(nudge, Ct);
        await log.AppendAsync(ping, Ct);

        (await log.ListForAskAsync(customer, askId, Ct)).Should().BeEquivalentTo([nudge, ping]);
    }

    [Fact]
    public async Task Listing_a_range_is_half_open_and_oldest_first()
    {
        var log = await CreateLogAsync();
        var customer = Unique("c");
        var askId = Unique("a");
        var from = At(2031, 6, 1, 0, 0, 0, 0, offsetHours: 0).AddMinutes(Random.Shared.Next(0, 100_000));
        var to = from.AddDays(1);
        var before = Entry(customer, askId, from.AddMilliseconds(-1));
        var atFrom = Entry(customer, askId, from, Move.OwnerPing);
        var inside = Entry(customer, askId, from.AddHours(3), Move.Resolved);
        var atTo = Entry(customer, askId, to);
        foreach (var e in new[] { inside, atTo, before, atFrom }) await log.AppendAsync(e, Ct);

        var listed = (await log.ListAsync(from, to, Ct)).Where(e => e.CustomerId == customer).ToList();

        listed.Should().Equal(atFrom, inside);
    }

    [Fact]
    public async Task Twenty_parallel_appends_are_all_kept()
    {
        var log = await CreateLogAsync();
        var customer = Unique("c");
        var askId = Unique("a");
        var t = At(2026, 3, 9, 8, 0, 0, 0);
        var entries = Enumerable.Range(0, 20).Select(i => Entry(customer, askId, t.AddMilliseconds(i))).ToList();

        await Task.WhenAll(entries.Select(e => Task.Run(() => log.AppendAsync(e, Ct), Ct)));

        (await log.ListForAskAsync(customer, askId, Ct)).Should().Equal(entries);
    }

    [Fact]
    public async Task Deleting_the_entries_of_an_ask_removes_all_of_them_and_nothing_of_another_ask()
    {
        var log = await CreateLogAsync();
        var (customer, ask, other) = (Unique("c"), Unique("a"), Unique("a"));
        var at = At(2026, 3, 9, 8, 0, 0, 5);
        await log.AppendAsync(Entry(customer, ask, at), Ct);
        await log.AppendAsync(Entry(customer, ask, at, Move.OwnerPing), Ct);
        await log.AppendAsync(Entry(customer, other, at.AddMinutes(1)), Ct);

        (await log.DeleteForAskAsync(customer, ask, Ct)).Should().Be(2);

        (await log.ListForAskAsync(customer, ask, Ct)).Should().BeEmpty();
        (await log.ListForAskAsync(customer, other, Ct)).Should().ContainSingle();
        (await log.DeleteForAskAsync(customer, ask, Ct)).Should().Be(0);
    }
}
