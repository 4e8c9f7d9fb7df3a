using System.Globalization;
using System.Text;
using FeedbackCollector.App.CustomerList;
using FeedbackCollector.Core.CustomerList;
using FeedbackCollector.Core.Model;

namespace FeedbackCollector.App.Tests.CustomerList;

/// <summary>
/// Issue 12 points 2 and 5 in the one use case both runtimes run on the customer list (the mirrored sheet on AWS,
/// customers.csv on serve): whole list, rows keyed by natural key, bad rows told to the owner with their row numbers.
/// </summary>
public sealed class CustomerListPlanningTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly AppWorld _w = new();

    private static string Row(string name, int hoursAgo, string? sourceId = null) =>
        $"{name},{name.ToLowerInvariant()}@example.com,haircut,{AppWorld.Start.AddHours(-hoursAgo).ToString("yyyy-MM-dd'T'HH:mm:ssZ", CultureInfo.InvariantCulture)},{sourceId}\n";

    private const string Header = "First name,Email,Service,Ended at,Booking id\n";

    private Task<CustomerListReport> PlanAsync(string csv) => _w.App.CustomerList.RunAsync(Encoding.UTF8.GetBytes(csv), "customer sheet", Ct);

    private IEnumerable<string?> AskedEmails() => _w.FakeAsks.All.Select(a => a.Customer.Email);

    [Fact]
    public async Task Sorting_the_sheet_inserting_a_row_above_and_deleting_one_plans_exactly_the_new_customers()
    {
        (await PlanAsync(Header + Row("Ann", 3) + Row("Bob", 2, "bk-2") + Row("Cat", 1))).Planned.Should().Be(3);

        var edited = Header + Row("Dan", 4) + Row("Cat", 1) + Row("Eve", 5, "bk-5") + Row("Ann", 3);
        var report = await PlanAsync(edited);

        report.Should().BeEquivalentTo(new { Rows = 4, Planned = 2, AlreadyPlanned = 2, NotPlanned = 0 });
        AskedEmails().Should().BeEquivalentTo(["ann@example.com", "bob@example.com", "cat@example.com", "dan@example.com", "eve@example.com"]);
        _w.FakeAsks.All.Should().OnlyHaveUniqueItems(a => a.Customer.Email);
    }

    [Fact]
    public async Task Restoring_an_older_version_of_the_list_plans_nothing_twice()
    {
        var v1 = Header + Row("Ann", 3);
        await PlanAsync(v1);
        await PlanAsync(v1 + Row("Bob", 2));

        var restored = await PlanAsync(v1);

        restored.Should().BeEquivalentTo(new { Planned = 0, AlreadyPlanned = 1 });
        _w.FakeAsks.All.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_row_without_a_source_id_keeps_its_ask_when_only_its_position_or_name_spelling_changes()
    {
        await PlanAsync(Header + Row("Ann", 3));

        var moved = await PlanAsync(Header + Row("Zed", 9) + Row("Ann", 3).Replace("ann@", "ANN@", StringComparison.Ordinal));

        moved.Planned.Should().Be(1, "only Zed is new: Ann's key is her normalised contact, visit time and visit type");
    }

    [Fact]
    public async Task Broken_quoting_a_row_without_contact_and_a_bad_time_are_told_to_the_owner_once_with_row_numbers_and_the_rest_is_planned()
    {
        var csv = Header + Row("Ann", 3) + "\"Bob,bob@example.com,haircut,2026-03-01 10:00,\n" + "Cat,,haircut,2026-03-01 10:00,\n"
            + "Dan,dan@example.com,haircut,someday,\n" + Row("Eve", 2);

        var report = await PlanAsync(csv);

        report.Planned.Should().Be(2);
        AskedEmails().Should().BeEquivalentTo(["ann@example.com", "eve@example.com"]);
        report.Problems.Select(p => p.Line).Should().Equal(3, 4, 5);
        var note = _w.FakeMailer.Sent.Should().ContainSingle("one message per sync").Subject;
        note.To.Should().Be("owner@kims.example");
        note.TextBody.Should().Contain("row 3: a quote is opened and never closed").And.Contain("row 4: no contact")
            .And.Contain("row 5: visit_end 'someday'");
        report.OwnerTold!.Sent.Should().BeTrue();
    }

    [Fact]
    public async Task A_header_the_owner_renamed_is_reported_with_the_missing_column_and_what_was_found()
    {
        var report = await PlanAsync("First name,Email,Service,When,Booking id\n" + Row("Ann", 3));

        report.Planned.Should().Be(0);
        report.Problems.Should().ContainSingle().Which.Message.Should()
            .Contain("no visit_end (or ended_at) column").And.Contain("found: 'First name', 'Email', 'Service', 'When', 'Booking id'");
        _w.FakeMailer.Sent.Should().ContainSingle().Which.TextBody.Should().Contain("'When'");
    }

    [Fact]
    public async Task Regression_an_empty_list_a_new_customers_csv_caught_before_its_first_write_is_no_problem_to_tell_the_owner()
    {
        var empty = await PlanAsync("");
        var blank = await PlanAsync("\n  \n");
        var headerless = await PlanAsync("\"");

        (empty.Planned, empty.Problems.Count, blank.Problems.Count).Should().Be((0, 0, 0));
        headerless.Problems.Should().ContainSingle("a list with content but no readable header is still told");
        _w.FakeMailer.Sent.Should().ContainSingle();
    }

    [Fact]
    public async Task A_message_lists_at_most_25_rows_and_counts_the_rest()
    {
        var csv = Header + string.Concat(Enumerable.Range(0, 40).Select(i => $"P{i},,haircut,2026-03-01 10:00,\n"));

        await PlanAsync(csv);

        var body = _w.FakeMailer.Sent.Should().ContainSingle().Subject.TextBody;
        body.Should().Contain("row 26: no contact").And.NotContain("row 27:").And.Contain("… and 15 more");
    }

    [Fact]
    public async Task A_50000_row_sheet_is_planned_whole_once_the_owner_is_told_it_is_long_and_the_next_change_plans_only_the_new_row()
    {
        var rows = new StringBuilder(Header);
        for (var i = 0; i < 50_000; i++) rows.Append(CultureInfo.InvariantCulture, $"C{i},c{i}@example.com,haircut,2026-03-01 10:00,bk-{i}\n");

        var first = await PlanAsync(rows.ToString());
        var second = await PlanAsync(rows + Row("New", 1));

        first.Should().BeEquivalentTo(new { Rows = 50_000, Planned = 50_000 });
        first.Problems.Should().ContainSingle().Which.Message.Should().Contain("50,000 rows");
        second.Should().BeEquivalentTo(new { Planned = 1, AlreadyPlanned = 50_000 });
    }

    [Fact]
    public async Task Without_its_index_of_rows_taken_a_re_read_still_plans_nothing_twice()
    {
        await PlanAsync(Header + Row("Ann", 3) + Row("Bob", 2));
        await _w.FakeBlobs.PutAsync(Core.Ports.BlobArea.Customers, CustomerListPlanning.PlannedKey, "x"u8.ToArray(), "text/plain", Ct);

        var again = await PlanAsync(Header + Row("Bob", 2) + Row("Ann", 3));

        again.Should().BeEquivalentTo(new { Planned = 0, AlreadyPlanned = 2 }, "intake's own write keeps one ask per visit");
    }

    [Fact]
    public void The_reader_reports_a_header_row_with_broken_quoting_instead_of_guessing_columns()
    {
        var reading = CustomerListReader.Read("\"First name,Email\n"u8, NodaTime.DateTimeZone.Utc);

        reading.Visits.Should().BeEmpty();
        reading.Problems.Should().ContainSingle().Which.Message.Should().Contain("header row cannot be read");
    }

    public void Dispose() => _w.Dispose();
}
