namespace FeedbackCollector.Google;

/// <summary>
/// Base URLs of the Google APIs. The defaults are Google's; tests point them at a fake server on
/// 127.0.0.1. Each must end with '/'.
/// </summary>
public sealed record GoogleEndpoints
{
    public static GoogleEndpoints Default { get; } = new();

    public Uri Sheets { get; init; } = new("https://sheets.googleapis.com/");
    public Uri Calendar { get; init; } = new("https://www.googleapis.com/");
    public Uri Drive { get; init; } = new("https://www.googleapis.com/");

    /// <summary>Every API served from one base URL (a fake server).</summary>
    public static GoogleEndpoints AllAt(Uri baseUri) => new() { Sheets = baseUri, Calendar = baseUri, Drive = baseUri };
}

/// <summary>The OAuth scopes the adapters need; ask for only the ones a role uses (only intake-webhook writes, to the sheet).</summary>
public static class GoogleScopes
{
    public const string SpreadsheetsReadOnly = "https://www.googleapis.com/auth/spreadsheets.readonly";
    public const string Spreadsheets = "https://www.googleapis.com/auth/spreadsheets";
    public const string CalendarReadOnly = "https://www.googleapis.com/auth/calendar.readonly";
    public const string DriveReadOnly = "https://www.googleapis.com/auth/drive.readonly";
}
