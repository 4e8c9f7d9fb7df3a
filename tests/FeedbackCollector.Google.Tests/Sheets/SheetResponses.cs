namespace FeedbackCollector.Google.Tests.Sheets;

/// <summary>values.get answers in the shape Sheets API v4 returns with UNFORMATTED_VALUE / SERIAL_NUMBER.</summary>
internal static class SheetResponses
{
    public const string SpreadsheetId = "1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms";

    /// <summary>2026-11-28 14:30 as a Sheets serial date (days since 1899-12-30).</summary>
    public const string Nov28At1430 = "46354.604166666664";

    public const string Header = """
        {
          "range": "Customers!A1:Z1",
          "majorDimension": "ROWS",
          "values": [
            ["First name", "Email", "Phone", "Visit type", "Ended at", "Booking id"]
          ]
        }
        """;

    public const string Rows = """
        {
          "range": "Customers!A2:Z2001",
          "majorDimension": "ROWS",
          "values": [
            ["Ann", "ann@example.com", "", "haircut", 46354.604166666664, "bk-1001"],
            ["Bob", "", 6591234567, "colour", "2026-11-28 16:00", ""],
            [],
            ["Cara", "cara-at-example.com", "", "haircut", "2026-11-28T17:00:00+08:00"],
            ["Dan", "dan@example.com", "", "", "tomorrow-ish"],
            ["Eve", "eve@example.com", "", "", "2026-11-28T09:15:00Z"]
          ]
        }
        """;

    public const string NoRows = """
        {
          "range": "Customers!A8:Z2007",
          "majorDimension": "ROWS"
        }
        """;
}
