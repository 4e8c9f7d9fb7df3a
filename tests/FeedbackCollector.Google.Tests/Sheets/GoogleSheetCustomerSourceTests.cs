using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Rules;
using FeedbackCollector.Google.Auth;
using FeedbackCollector.Google.Sheets;

namespace FeedbackCollector.Google.Tests.Sheets;

public sealed class GoogleSheetCustomerSourceTests : IAsyncLifetime
{
    private const string ValuesPath = $"/v4/spreadsheets/{SheetResponses.SpreadsheetId}/values/";
    private readonly FakeGoogleServer _server = new();
    private readonly HttpClient _http = new();

    public ValueTask InitializeAsync()
    {
        _server.On(ValuesPath + "'Customers'!1:1", _ => FakeResponse.Json(SheetResponses.Header));
        _server.On(r => r.Path.StartsWith(ValuesPath + "'Customers'!2:", StringComparison.Ordinal), _ => FakeResponse.Json(SheetResponses.Rows));
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    private GoogleSheetCustomerSource Source(string? sheetName = "Customers") =>
        new(_http, new StaticAccessTokenSource("ya29.sheets"), SheetResponses.SpreadsheetId, sheetName, "Asia/Singapore", _server.Endpoints);

    [Fact]
    public async Task Rows_become_sheet_visits_with_contacts_types_and_end_times()
    {
        var batch = await Source().ReadSinceAsync(null);

        batch.Visits.Should().HaveCount(3);
        var ann = batch.Visits[0];
        ann.Source.Should().Be("sheet");
        ann.SourceId.Should().Be("bk-1001");
        ann.Customer.Should().Be(new Customer(AskId.ForCustomer("ann@example.com", null), "Ann", "ann@example.com", null));
        ann.VisitType.Should().Be("haircut");
        ann.EndedAt.Should().Be(new DateTimeOffset(2026, 11, 28, 14, 30, 0, TimeSpan.FromHours(8)));
    }

    [Fact]
    public async Task A_visit_end_in_year_9999_or_before_2000_is_a_row_problem_naming_the_year_not_a_visit()
    {
        _server.On(r => r.Path.StartsWith(ValuesPath + "'Late'!2:", StringComparison.Ordinal), _ => FakeResponse.Json("""
            {"range":"Late!A2:Z2001","majorDimension":"ROWS","values":[
              ["Ann","ann@example.com","","","9999-12-31 23:59","x-1"],
              ["Bob","bob@example.com","","",1,"x-2"],
              ["Cy","cy@example.com","","","2026-11-28T09:15:00Z","x-3"]]}
            """));
        _server.On(ValuesPath + "'Late'!1:1", _ => FakeResponse.Json(SheetResponses.Header));

        var batch = await Source("Late").ReadSinceAsync(null);

        batch.Visits.Select(v => v.SourceId).Should().Equal("x-3");
        batch.Problems.Select(p => p.Line).Should().Equal(2, 3);
        batch.Problems[0].Message.Should().Contain("visit_end").And.Contain("year 9999");
        batch.Problems[1].Message.Should().Contain("visit_end");
    }

    [Fact]
    public async Task A_row_without_an_id_column_value_is_identified_by_sheet_and_row_number()
    {
        var bob = (await Source().ReadSinceAsync(null)).Visits[1];

        bob.SourceId.Should().Be($"{SheetResponses.SpreadsheetId}/Customers#row3");
        bob.Customer.Phone.Should().Be("6591234567");
        bob.Customer.CustomerId.Should().Be(AskId.ForCustomer(null, "6591234567"));
        bob.EndedAt.Should().Be(new DateTimeOffset(2026, 11, 28, 16, 0, 0, TimeSpan.FromHours(8)), "text without an offset is the business's local time");
    }

    [Fact]
    public async Task Text_times_with_an_offset_keep_it_and_an_empty_type_defaults_to_visit()
    {
        var eve = (await Source().ReadSinceAsync(null)).Visits[2];

        eve.EndedAt.Should().Be(new DateTimeOffset(2026, 11, 28, 9, 15, 0, TimeSpan.Zero));
        eve.VisitType.Should().Be("visit");
    }

    [Fact]
    public async Task Malformed_rows_are_reported_by_row_number_and_the_rest_still_read()
    {
        var batch = await Source().ReadSinceAsync(null);

        batch.Problems.Select(p => p.Line).Should().Equal(5, 6);
        batch.Problems.Should().OnlyContain(p => p.Severity == ProblemSeverity.Error);
        batch.Problems[0].Message.Should().Contain("cara-at-example.com");
        batch.Problems[1].Message.Should().Contain("visit_end");
        batch.NextCursor.Should().Be("7", "the cursor is the last row read");
    }

    [Fact]
    public async Task The_header_and_the_rows_after_the_cursor_are_requested_with_a_bearer_token()
    {
        _server.On(r => r.Path.StartsWith(ValuesPath + "'Customers'!8:", StringComparison.Ordinal), _ => FakeResponse.Json(SheetResponses.NoRows));

        var batch = await Source().ReadSinceAsync("7");

        var requests = _server.Received;
        requests.Select(r => r.Path).Should().Equal(ValuesPath + "'Customers'!1:1", ValuesPath + "'Customers'!8:2007");
        requests.Should().OnlyContain(r => r.Authorization == "Bearer ya29.sheets" && r.Method == "GET");
        requests[1].Query["majorDimension"].Should().Be("ROWS");
        requests[1].Query["valueRenderOption"].Should().Be("UNFORMATTED_VALUE");
        requests[1].Query["dateTimeRenderOption"].Should().Be("SERIAL_NUMBER");
        batch.Visits.Should().BeEmpty();
        batch.NextCursor.Should().Be("7", "no new rows leaves the cursor where it was");
    }

    [Fact]
    public async Task A_tab_name_with_spaces_and_quotes_is_quoted_and_escaped_in_the_range()
    {
        _server.On(ValuesPath + "'Ann''s bookings'!1:1", _ => FakeResponse.Json(SheetResponses.Header));
        _server.On(ValuesPath + "'Ann''s bookings'!2:2001", _ => FakeResponse.Json(SheetResponses.NoRows));

        await Source(sheetName: "Ann's bookings").ReadSinceAsync(null);

        _server.Received[0].RawUrl.Should().StartWith(ValuesPath + "%27Ann%27%27s%20bookings%27%211%3A1?");
    }

    [Fact]
    public async Task A_cursor_at_the_bottom_of_the_grid_means_no_new_rows_not_an_error()
    {
        _server.On(ValuesPath + "'Customers'!1001:3000", _ => FakeResponse.Error(400,
            """{"error":{"code":400,"message":"Range ('Customers'!1001:3000) exceeds grid limits. Max rows: 1000, max columns: 26","status":"INVALID_ARGUMENT"}}"""));

        var batch = await Source().ReadSinceAsync("1000");

        batch.Visits.Should().BeEmpty();
        batch.Problems.Should().BeEmpty();
        batch.NextCursor.Should().Be("1000");
    }

    [Fact]
    public async Task Another_bad_request_is_a_permanent_error()
    {
        _server.On(ValuesPath + "'Customers'!1:1", _ => FakeResponse.Error(400,
            """{"error":{"code":400,"message":"Unable to parse range: 'Customers'!1:1","status":"INVALID_ARGUMENT"}}"""));

        var act = async () => await Source().ReadSinceAsync(null);

        (await act.Should().ThrowAsync<GoogleApiException>()).Which.IsTransient.Should().BeFalse();
    }

    [Fact]
    public async Task Without_a_tab_name_the_first_tab_is_read()
    {
        _server.On(ValuesPath + "1:1", _ => FakeResponse.Json(SheetResponses.Header));
        _server.On(ValuesPath + "2:2001", _ => FakeResponse.Json(SheetResponses.Rows));

        var batch = await Source(sheetName: null).ReadSinceAsync(null);

        batch.Visits.Should().HaveCount(3);
        batch.Visits[1].SourceId.Should().Be($"{SheetResponses.SpreadsheetId}#row3");
    }

    [Fact]
    public async Task A_sheet_whose_first_row_names_no_usable_columns_is_one_problem_on_line_1()
    {
        _server.On(ValuesPath + "'Customers'!1:1", _ => FakeResponse.Json("""{"range":"Customers!A1:Z1","majorDimension":"ROWS","values":[["Name","Notes"]]}"""));

        var batch = await Source().ReadSinceAsync("4");

        batch.Visits.Should().BeEmpty();
        batch.Problems.Should().ContainSingle().Which.Line.Should().Be(1);
        batch.NextCursor.Should().Be("4");
    }

    [Fact]
    public void An_unknown_timezone_is_refused_at_construction()
    {
        var act = () => new GoogleSheetCustomerSource(_http, new StaticAccessTokenSource("t"), "id", null, "Mars/Olympus");

        act.Should().Throw<ArgumentException>().WithMessage("*Mars/Olympus*");
    }
}
