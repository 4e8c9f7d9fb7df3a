using System.Text;
using FeedbackCollector.Core.CustomerList;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using NodaTime;
using static FeedbackCollector.Testing.Contracts.ContractIds;

namespace FeedbackCollector.Testing.Contracts;

/// <summary>An appender over a list (empty, or with the rows given) and how to read the list back as CSV, as planning reads it.</summary>
public sealed record CustomerListUnderTest(ICustomerListAppender Appender, Func<Task<byte[]>> ReadCsv, IAsyncDisposable? Owned = null)
    : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Owned?.DisposeAsync() ?? ValueTask.CompletedTask;
}

/// <summary>
/// What every customer-list appender (customers.csv, the Google Sheet, the fake) must do: one row per append at the
/// end, read back as the same visit (so the same ask id as the sale), cells a spreadsheet would run as formulas kept
/// as text, the owner's rows and columns untouched, and our key columns added to a header that lacks them.
/// </summary>
public abstract class CustomerListAppenderContract
{
    private static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Asia/Singapore"];

    /// <param name="existing">Rows already in the list (the first is its header); null: an empty list.</param>
    protected abstract Task<CustomerListUnderTest> CreateAsync(IReadOnlyList<string[]>? existing);

    /// <summary>False for a list that always has our columns (the fake): the header tests do not apply.</summary>
    protected virtual bool HasOwnersHeader => true;

    private static Visit Sale(string name, string? email, string? phone, string orderId) => new("shopify", orderId,
        new Customer(AskId.ForCustomer(email, phone), name, email, phone), "haircut", new DateTimeOffset(2026, 11, 28, 14, 30, 0, TimeSpan.FromHours(8)));

    private static async Task<CustomerListReading> ReadAsync(CustomerListUnderTest list) => CustomerListReader.Read(await list.ReadCsv(), Zone);

    [Fact]
    public async Task A_sale_appended_to_an_empty_list_reads_back_as_the_same_visit_with_the_same_ask_id()
    {
        await using var list = await CreateAsync(null);
        var sale = Sale("Ann", Unique("ann.") + "@example.org", null, "order-" + Unique(""));

        await list.Appender.AppendAsync(sale, Ct);

        var reading = await ReadAsync(list);
        reading.Problems.Should().BeEmpty();
        reading.Visits.Should().ContainSingle().Which.Visit.Should().Be(sale);
    }

    [Fact]
    public async Task Cells_a_spreadsheet_would_run_as_formulas_are_written_as_text_and_read_back_as_typed()
    {
        await using var list = await CreateAsync(null);
        var sale = Sale("=IMPORTXML(\"http://x\",\"//a\")", null, "+6591234567", "@order,\"1\"");

        await list.Appender.AppendAsync(sale, Ct);

        var csv = Encoding.UTF8.GetString(await list.ReadCsv());
        csv.Should().Contain("'=IMPORTXML").And.Contain("'+6591234567").And.NotContain(",=IMPORTXML").And.NotContain(",+659");
        (await ReadAsync(list)).Visits.Should().ContainSingle().Which.Visit.Should().Be(sale);
    }

    [Fact]
    public async Task Each_append_adds_one_row_at_the_end_and_a_repeated_sale_reads_as_the_same_ask()
    {
        await using var list = await CreateAsync(null);
        var (ann, bob) = (Sale("Ann", "ann@example.org", null, "o-1"), Sale("Bob", "bob@example.org", null, "o-2"));

        await list.Appender.AppendAsync(ann, Ct);
        await list.Appender.AppendAsync(bob, Ct);
        await list.Appender.AppendAsync(ann, Ct);

        var visits = (await ReadAsync(list)).Visits;
        visits.Select(v => v.Visit.Customer.FirstName).Should().Equal("Ann", "Bob", "Ann");
        visits.Select(v => v.Visit.AskId).Distinct().Should().HaveCount(2, "a sale appended twice is one ask");
    }

    [Fact]
    public async Task The_owners_rows_and_columns_stay_and_the_key_columns_are_added_to_a_header_without_them()
    {
        if (!HasOwnersHeader) return;
        await using var list = await CreateAsync([["Name", "Email", "Ended at", "Notes"], ["Old", "old@example.org", "2026-11-01 10:00", "regular"]]);
        var sale = Sale("Ann", "ann@example.org", null, "o-9");

        await list.Appender.AppendAsync(sale, Ct);

        var reading = await ReadAsync(list);
        reading.Problems.Should().BeEmpty();
        reading.Visits.Select(v => v.Visit.Customer.FirstName).Should().Equal("Old", "Ann");
        reading.Visits[1].Visit.Should().Be(sale);
        var header = Encoding.UTF8.GetString(await list.ReadCsv()).Split('\n')[0];
        header.Should().StartWith("Name,Email,Ended at,Notes,").And.Contain("source").And.Contain("source_id");
        Encoding.UTF8.GetString(await list.ReadCsv()).Should().Contain("regular");
    }
}
