using System.Text;
using FeedbackCollector.Google.Auth;
using FeedbackCollector.Google.Sheets;
using FeedbackCollector.Testing.Contracts;
using FeedbackCollector.Testing.Google;

namespace FeedbackCollector.Google.Tests.Sheets;

/// <summary>
/// The Google Sheet as the customer list passes the appender contract against the fake sheet: values.get of the
/// header, values.update when it lacks our columns, values.append (RAW, INSERT_ROWS), read back as Drive exports it.
/// </summary>
public sealed class GoogleSheetCustomerListAppenderContractTests : CustomerListAppenderContract
{
    protected override Task<CustomerListUnderTest> CreateAsync(IReadOnlyList<string[]>? existing)
    {
        var sheet = new FakeSheetServer("1AppendContract000000000000000000000000000");
        if (existing is not null) sheet.Edit(rows => rows.AddRange(existing.Select(r => r.ToList())));
        var http = new HttpClient();
        var appender = new GoogleSheetCustomerListAppender(http, new StaticAccessTokenSource("ya29.sheets"), sheet.SpreadsheetId, "Customers",
            GoogleEndpoints.AllAt(new Uri(sheet.Url)));
        return Task.FromResult(new CustomerListUnderTest(appender, () => Task.FromResult(Encoding.UTF8.GetBytes(sheet.ExportCsv())),
            new Owned(sheet, http)));
    }

    [Fact]
    public async Task An_append_is_a_raw_insert_rows_values_append_to_the_named_tab()
    {
        await using var sheet = new FakeSheetServer("1AppendShape0000000000000000000000000000000");
        using var http = new HttpClient();
        var appender = new GoogleSheetCustomerListAppender(http, new StaticAccessTokenSource("ya29.sheets"), sheet.SpreadsheetId, "Kim's list",
            GoogleEndpoints.AllAt(new Uri(sheet.Url)));

        await appender.AppendAsync(new Core.Model.Visit("square", "pay-1", new Core.Model.Customer("c1", "Ann", "ann@example.org", null),
            "visit", DateTimeOffset.UnixEpoch), TestContext.Current.CancellationToken);

        var append = sheet.Calls.Should().ContainSingle(c => c.Method == "POST").Subject;
        append.Path.Should().Be($"/v4/spreadsheets/{sheet.SpreadsheetId}/values/'Kim''s list'!A1:append");
        append.Query.Should().Contain("valueInputOption=RAW").And.Contain("insertDataOption=INSERT_ROWS");
        sheet.Calls.Should().Contain(c => c.Method == "PUT", "an empty sheet gets our header first");
        sheet.Rows.Should().HaveCount(2);
    }

    private sealed class Owned(FakeSheetServer sheet, HttpClient http) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            http.Dispose();
            await sheet.DisposeAsync();
        }
    }
}
