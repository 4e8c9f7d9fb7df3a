using System.Globalization;
using System.Text.Json.Nodes;
using FeedbackCollector.Google.Auth;
using FeedbackCollector.Google.Sheets;
using FeedbackCollector.Testing.Contracts;

namespace FeedbackCollector.Google.Tests.Sheets;

/// <summary>
/// A Google Sheet passes the customer-source contract against the fake Sheets API, which answers values.get
/// for "1:1" (the header) and "{first}:{last}" row ranges from the rows appended so far.
/// </summary>
public sealed class GoogleSheetCustomerSourceContractTests : CustomerSourceContract
{
    private const string SpreadsheetId = "1ContractSheet0000000000000000000000000000";

    protected override Task<CustomerSourceUnderTest> CreateSourceAsync()
    {
        var server = new FakeGoogleServer();
        var http = new HttpClient();
        var rows = new List<JsonArray> { Row("first_name", "email", "phone", "visit_type", "visit_end", "source_id") };
        server.On(r => r.Path.StartsWith($"/v4/spreadsheets/{SpreadsheetId}/values/", StringComparison.Ordinal), r => Values(r.Path, rows));
        var source = new GoogleSheetCustomerSource(http, new StaticAccessTokenSource("ya29.sheets"), SpreadsheetId, null, "Asia/Singapore",
            server.Endpoints);
        return Task.FromResult(new CustomerSourceUnderTest(source,
            row => Append(rows, Row(row.FirstName, row.Email, "", row.VisitType,
                row.EndedAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture))),
            () => Append(rows, Row("Dan", "dan-at-example.org", "", "haircut", "tomorrow-ish")),
            GoogleSheetCustomerSource.MaxRowsPerBatch,
            new ServerAndClient(server, http)));
    }

    private static JsonArray Row(params string[] cells) => [.. cells.Select(c => (JsonNode?)JsonValue.Create(c))];

    private static Task Append(List<JsonArray> rows, JsonArray row)
    {
        lock (rows) rows.Add(row);
        return Task.CompletedTask;
    }

    /// <summary>Rows {first}..{last} (1-based, inclusive) of the sheet; a range below the last row has no values.</summary>
    private static FakeResponse Values(string path, List<JsonArray> rows)
    {
        var bounds = path[(path.LastIndexOf('/') + 1)..].Split(':').Select(b => int.Parse(b, CultureInfo.InvariantCulture)).ToArray();
        var values = new JsonArray();
        lock (rows)
        {
            for (var n = bounds[0]; n <= bounds[1] && n <= rows.Count; n++) values.Add(rows[n - 1].DeepClone());
        }
        var answer = new JsonObject { ["range"] = $"Sheet1!A{bounds[0]}:Z{bounds[1]}", ["majorDimension"] = "ROWS" };
        if (values.Count > 0) answer["values"] = values;
        return FakeResponse.Json(answer.ToJsonString());
    }
}
