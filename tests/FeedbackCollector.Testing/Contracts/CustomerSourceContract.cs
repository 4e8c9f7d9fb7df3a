using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using static FeedbackCollector.Testing.Contracts.ContractIds;

namespace FeedbackCollector.Testing.Contracts;

/// <summary>A finished visit as the owner enters it; each source writes it in its own format (CSV line, sheet row, event).</summary>
public sealed record SourceRow(string FirstName, string Email, string VisitType, DateTimeOffset EndedAt);

/// <summary>
/// A customer source over an empty medium and how to add to it: <see cref="Append"/> writes a row the way the
/// owner (or their booking tool) would, <see cref="AppendUnreadable"/> a row no source can make a visit of
/// (a contact that is not an address, a time that is not a time).
/// </summary>
/// <param name="BatchCap">The most visits (and problems) one read returns.</param>
public sealed record CustomerSourceUnderTest(
    ICustomerSource Source,
    Func<SourceRow, Task> Append,
    Func<Task> AppendUnreadable,
    int BatchCap,
    IAsyncDisposable? Owned = null) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Owned?.DisposeAsync() ?? ValueTask.CompletedTask;
}

/// <summary>
/// What every ICustomerSource must do so intake can poll it forever: a cursor that moves forward and never
/// skips or repeats a batch, bad rows reported with where they are instead of thrown, visits whose identity
/// (source + source id, hence ask id) is the same on every read, and a cap per read that the cursor continues.
/// Visits are an hour apart, ending from 2026-11-28 09:00 +08:00; sources with a clock are past them.
/// </summary>
public abstract class CustomerSourceContract
{
    public static readonly DateTimeOffset FirstVisitEnd = At(2026, 11, 28, 9, 0);

    protected abstract Task<CustomerSourceUnderTest> CreateSourceAsync();

    private int _rows;

    private SourceRow NextRow(string firstName) =>
        new(firstName, Unique(firstName.ToLowerInvariant() + ".") + "@example.org", "haircut", FirstVisitEnd.AddHours(_rows++));

    private async Task<SourceRow[]> AppendAsync(CustomerSourceUnderTest s, params string[] names)
    {
        var rows = names.Select(NextRow).ToArray();
        foreach (var row in rows) await s.Append(row);
        return rows;
    }

    private static IEnumerable<string?> Emails(VisitBatch batch) => batch.Visits.Select(v => v.Customer.Email);

    [Fact]
    public async Task Reading_from_the_start_returns_every_visit_with_its_customer_type_and_end_time()
    {
        await using var s = await CreateSourceAsync();
        var rows = await AppendAsync(s, "Ann", "Bob");

        var batch = await s.Source.ReadSinceAsync(null, Ct);

        batch.Problems.Should().BeEmpty();
        batch.NextCursor.Should().NotBeNullOrEmpty();
        batch.Visits.Select(v => (v.Customer.FirstName, v.Customer.Email, v.VisitType, v.EndedAt.UtcDateTime))
            .Should().BeEquivalentTo(rows.Select(r => (r.FirstName, (string?)r.Email, r.VisitType, r.EndedAt.UtcDateTime)));
    }

    [Fact]
    public async Task Reading_from_the_returned_cursor_returns_only_the_visits_added_since()
    {
        await using var s = await CreateSourceAsync();
        await AppendAsync(s, "Ann", "Bob");
        var first = await s.Source.ReadSinceAsync(null, Ct);
        var later = await AppendAsync(s, "Cara");

        var second = await s.Source.ReadSinceAsync(first.NextCursor, Ct);
        var third = await s.Source.ReadSinceAsync(second.NextCursor, Ct);

        Emails(second).Should().Equal(later.Select(r => r.Email));
        third.Visits.Should().BeEmpty("nothing was added after the second read");
        third.NextCursor.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task An_empty_source_returns_no_visits_and_a_cursor_that_later_finds_new_ones()
    {
        await using var s = await CreateSourceAsync();
        var empty = await s.Source.ReadSinceAsync(null, Ct);
        await AppendAsync(s, "Ann", "Bob");
        var seen = await s.Source.ReadSinceAsync(empty.NextCursor, Ct);

        empty.Visits.Should().BeEmpty();
        empty.Problems.Should().BeEmpty();
        seen.Visits.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_row_that_cannot_be_read_is_a_problem_with_its_location_and_the_rows_around_it_still_arrive()
    {
        await using var s = await CreateSourceAsync();
        var before = await AppendAsync(s, "Ann");
        await s.AppendUnreadable();
        var after = await AppendAsync(s, "Cara");

        var batch = await s.Source.ReadSinceAsync(null, Ct);

        Emails(batch).Should().BeEquivalentTo(before.Concat(after).Select(r => r.Email));
        var problem = batch.Problems.Should().ContainSingle().Subject;
        problem.Line.Should().BePositive("the owner must be told where the bad row is");
        problem.Message.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task A_bad_row_is_reported_once_and_not_again_from_the_returned_cursor()
    {
        await using var s = await CreateSourceAsync();
        await AppendAsync(s, "Ann");
        await s.AppendUnreadable();
        var first = await s.Source.ReadSinceAsync(null, Ct);
        await AppendAsync(s, "Cara");

        var second = await s.Source.ReadSinceAsync(first.NextCursor, Ct);

        first.Problems.Should().ContainSingle();
        second.Problems.Should().BeEmpty();
        second.Visits.Should().ContainSingle();
    }

    [Fact]
    public async Task Visits_carry_a_source_and_id_so_a_re_read_yields_the_same_ask_ids()
    {
        await using var s = await CreateSourceAsync();
        await AppendAsync(s, "Ann", "Bob", "Cara");

        var once = await s.Source.ReadSinceAsync(null, Ct);
        var again = await s.Source.ReadSinceAsync(null, Ct);

        once.Visits.Should().AllSatisfy(v =>
        {
            v.Source.Should().NotBeNullOrWhiteSpace();
            v.SourceId.Should().NotBeNullOrWhiteSpace();
            v.Customer.CustomerId.Should().Be(AskId.ForCustomer(v.Customer.Email, v.Customer.Phone));
        });
        once.Visits.Select(v => v.AskId).Should().OnlyHaveUniqueItems("each row is its own visit");
        again.Visits.Select(v => v.AskId).Should().BeEquivalentTo(once.Visits.Select(v => v.AskId));
    }

    [Fact]
    public async Task A_read_returns_at_most_its_cap_and_its_cursor_continues_until_every_visit_is_read()
    {
        await using var s = await CreateSourceAsync();
        var rows = await AppendAsync(s, [.. Enumerable.Range(0, s.BatchCap + 2).Select(i => "Guest" + i)]);
        var seen = new HashSet<string?>();
        string? cursor = null;

        for (var read = 0; read < s.BatchCap + 4; read++)
        {
            var batch = await s.Source.ReadSinceAsync(cursor, Ct);
            batch.Visits.Count.Should().BeLessThanOrEqualTo(s.BatchCap);
            seen.UnionWith(Emails(batch));
            if (batch.Visits.Count == 0) break;
            cursor = batch.NextCursor;
        }

        seen.Should().BeEquivalentTo(rows.Select(r => r.Email), "a capped read must leave a cursor that gets the rest");
    }
}
