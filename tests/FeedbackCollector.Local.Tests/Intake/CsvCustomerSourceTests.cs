using System.Text;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Rules;
using FeedbackCollector.Local.Intake;
using FeedbackCollector.Local.Tests.TestSupport;

namespace FeedbackCollector.Local.Tests.Intake;

public sealed class CsvCustomerSourceTests : IDisposable
{
    private const string Header = "first_name,email,phone,visit_type,visit_end,source_id\n";
    private readonly TempFolder _folder = new();

    private string CsvPath => _folder.File("customers.csv");

    [Fact]
    public async Task Rows_become_visits_with_derived_customer_ids()
    {
        await WriteAsync(Header + "Ann,ann@example.com,,haircut,2026-11-28T14:30:00+08:00,b-1\n");

        var batch = await Source().ReadSinceAsync(null);

        batch.Problems.Should().BeEmpty();
        var visit = batch.Visits.Should().ContainSingle().Subject;
        visit.Should().Be(new Visit("csv", "b-1", new Customer(AskId.ForCustomer("ann@example.com", null), "Ann", "ann@example.com", null),
            "haircut", new DateTimeOffset(2026, 11, 28, 14, 30, 0, TimeSpan.FromHours(8))));
    }

    [Fact]
    public async Task A_consent_column_of_no_in_any_case_refuses_the_ask_and_an_empty_one_does_not()
    {
        await WriteAsync("first_name,email,visit_end,consent\nAnn,ann@example.com,2026-11-28 14:30,No\nBo,bo@example.com,2026-11-28 15:00,\n"
            + "Cy,cy@example.com,2026-11-28 16:00,false\n");

        var batch = await Source().ReadSinceAsync(null);

        batch.Visits.Select(v => v.ConsentRefused).Should().Equal(true, false, true);
    }

    [Fact]
    public async Task Quoted_fields_may_hold_commas_quotes_and_line_breaks()
    {
        await WriteAsync(Header + "\"O'Brien, \"\"Zoë\"\"\",zoe@example.com,,\"colour,\ncut\",2026-11-28 09:00,z-1\r\nBo,bo@example.com,,,2026-11-28 10:00,\n");

        var batch = await Source().ReadSinceAsync(null);

        batch.Problems.Should().BeEmpty();
        batch.Visits.Select(v => v.Customer.FirstName).Should().Equal("O'Brien, \"Zoë\"", "Bo");
        batch.Visits[0].VisitType.Should().Be("colour,\ncut");
        batch.Visits[1].VisitType.Should().Be("visit");
    }

    [Fact]
    public async Task A_time_without_an_offset_is_read_in_the_business_timezone()
    {
        await WriteAsync(Header + "Ann,ann@example.com,,,2026-11-28 14:30,b-1\n");

        var visit = (await Source("Asia/Singapore").ReadSinceAsync(null)).Visits.Single();

        visit.EndedAt.Should().Be(new DateTimeOffset(2026, 11, 28, 6, 30, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task A_malformed_row_is_reported_with_its_line_and_the_rest_go_on()
    {
        await WriteAsync(Header
            + "Ann,ann@example.com,,,2026-11-28 14:30,b-1\n"
            + "\"Multi\nline\",m@example.com,,,2026-11-28 14:31,b-2\n"
            + "NoContact,,,,2026-11-28 14:32,b-3\n"
            + "Bad,bad@example.com,,,yesterday,b-4\n"
            + "Cy,,+65 9123 4567,,2026-11-28 14:33,b-5\n");

        var batch = await Source().ReadSinceAsync(null);

        batch.Visits.Select(v => v.SourceId).Should().Equal("b-1", "b-2", "b-5");
        batch.Problems.Select(p => p.Line).Should().Equal(5, 6);
        batch.Problems.Should().OnlyContain(p => p.Severity == ProblemSeverity.Error);
        batch.Problems[0].Message.Should().Contain("email or a phone");
        batch.Problems[1].Message.Should().Contain("yesterday");
    }

    [Fact]
    public async Task A_stray_quote_is_a_problem_not_a_crash()
    {
        await WriteAsync(Header + "An\"n,ann@example.com,,,2026-11-28 14:30,b-1\nBo,bo@example.com,,,2026-11-28 14:30,b-2\n");

        var batch = await Source().ReadSinceAsync(null);

        batch.Problems.Should().ContainSingle().Which.Line.Should().Be(2);
        batch.Visits.Select(v => v.SourceId).Should().Equal("b-2");
    }

    [Fact]
    public async Task Only_rows_added_since_the_cursor_are_returned()
    {
        var source = Source();
        await WriteAsync(Header + "Ann,ann@example.com,,,2026-11-28 14:30,b-1\n");
        var first = await source.ReadSinceAsync(null);

        (await source.ReadSinceAsync(first.NextCursor)).Visits.Should().BeEmpty();

        await File.AppendAllTextAsync(CsvPath, "Ünal,u@example.com,,,2026-11-28 15:00,b-2\nBad,,,,x,b-3\n");
        var second = await source.ReadSinceAsync(first.NextCursor);

        second.Visits.Select(v => v.SourceId).Should().Equal("b-2");
        second.Problems.Should().ContainSingle().Which.Line.Should().Be(4, "line numbers continue across reads");
        (await source.ReadSinceAsync(second.NextCursor)).Visits.Should().BeEmpty();
    }

    [Fact]
    public async Task A_row_still_being_written_is_left_for_the_next_read()
    {
        var source = Source();
        await WriteAsync(Header + "Ann,ann@example.com,,,2026-11-28 14:30,b-1\nBo,bo@exam");

        var first = await source.ReadSinceAsync(null);
        first.Visits.Should().ContainSingle();
        first.Problems.Should().BeEmpty();

        await File.AppendAllTextAsync(CsvPath, "ple.com,,,2026-11-28 14:40,b-2\n");
        (await source.ReadSinceAsync(first.NextCursor)).Visits.Select(v => v.SourceId).Should().Equal("b-2");
    }

    [Fact]
    public async Task A_replaced_shorter_file_is_read_again_from_the_top_with_a_warning()
    {
        var source = Source();
        await WriteAsync(Header + "Ann,ann@example.com,,,2026-11-28 14:30,b-1\nBo,bo@example.com,,,2026-11-28 14:40,b-2\n");
        var first = await source.ReadSinceAsync(null);

        await WriteAsync(Header + "Cy,cy@example.com,,,2026-11-29 10:00,c-1\n");
        var second = await source.ReadSinceAsync(first.NextCursor);

        second.Visits.Select(v => v.SourceId).Should().Equal("c-1");
        second.Problems.Should().ContainSingle().Which.Severity.Should().Be(ProblemSeverity.Warning);
    }

    [Fact]
    public async Task A_row_without_source_id_gets_a_stable_id_so_rereading_cannot_double_ask()
    {
        await WriteAsync(Header + "Ann,ann@example.com,,,2026-11-28 14:30,\n");

        var one = (await Source().ReadSinceAsync(null)).Visits.Single();
        var two = (await Source().ReadSinceAsync(null)).Visits.Single();

        one.SourceId.Should().StartWith("row-");
        two.AskId.Should().Be(one.AskId);
    }

    [Fact]
    public async Task A_byte_order_mark_and_columns_in_another_order_are_fine()
    {
        await File.WriteAllBytesAsync(CsvPath, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Email,Visit_End,First_Name,notes\nann@example.com,2026-11-28 14:30,Ann,vip\n")]);

        var batch = await Source().ReadSinceAsync(null);

        batch.Problems.Should().BeEmpty();
        batch.Visits.Single().Customer.FirstName.Should().Be("Ann");
    }

    [Fact]
    public async Task A_header_without_the_needed_columns_is_one_problem_on_line_one()
    {
        await WriteAsync("name,when\nAnn,today\n");

        var batch = await Source().ReadSinceAsync(null);

        batch.Visits.Should().BeEmpty();
        batch.Problems.Should().ContainSingle().Which.Line.Should().Be(1);
    }

    [Fact]
    public async Task A_missing_file_is_no_visits_and_no_problems()
    {
        var batch = await Source().ReadSinceAsync(null);

        batch.Visits.Should().BeEmpty();
        batch.Problems.Should().BeEmpty();
    }

    [Fact]
    public async Task A_long_file_is_read_in_windows_along_the_cursor_with_every_row_whole_even_one_whose_line_break_straddles_a_window()
    {
        // 12,000 rows of ~310 bytes, each with a quoted line break: 3.7 MB, so a batch of 5,000 does not fit the first window.
        var padding = new string('x', 400);
        await WriteAsync("first_name,email,phone,visit_type,visit_end,source_id,notes\n" + string.Concat(Enumerable.Range(0, 12_000).Select(i =>
            $"Ann,a{i}@example.com,,haircut,2026-11-28 14:30,r-{i},\"{padding[..(100 + i % 300)]}\nsecond line\"\n")));
        var source = Source();
        var sizes = new List<int>();
        var visits = new List<Visit>();
        string? cursor = null;

        for (var batch = await source.ReadSinceAsync(cursor); batch.Visits.Count > 0; batch = await source.ReadSinceAsync(cursor))
        {
            batch.Problems.Should().BeEmpty();
            (sizes, visits, cursor) = ([.. sizes, batch.Visits.Count], [.. visits, .. batch.Visits], batch.NextCursor);
        }

        sizes.Should().Equal(5000, 5000, 2000);
        visits.Select(v => v.SourceId).Should().Equal(Enumerable.Range(0, 12_000).Select(i => $"r-{i}"));
        cursor.Should().EndWith(":" + (2 + 2 * 12_000), "the cursor's line counts the quoted line breaks too");
    }

    private CsvCustomerSource Source(string zone = "Asia/Singapore") => new(CsvPath, zone);

    private Task WriteAsync(string text) => File.WriteAllTextAsync(CsvPath, text);

    public void Dispose() => _folder.Dispose();
}
