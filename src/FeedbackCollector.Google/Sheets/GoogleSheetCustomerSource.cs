using System.Globalization;
using System.Text.Json;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Rules;
using FeedbackCollector.Google.Auth;
using FeedbackCollector.Google.Http;
using NodaTime;

namespace FeedbackCollector.Google.Sheets;

/// <summary>
/// Visits from a Google Sheet the owner (or their booking tool) appends rows to, read with Sheets
/// API v4 values.get. Row 1 names the columns (see SheetVisitRow). The cursor is the number of the
/// last row read, so each call returns only rows added below it; a malformed row is reported as a
/// DocProblem with its row number and skipped while the rest go on. Re-reading a row is harmless:
/// its SourceId (source_id column, else sheet + row number) gives the same ask id.
/// </summary>
public sealed class GoogleSheetCustomerSource : ICustomerSource
{
    public const int MaxRowsPerBatch = 2000;
    private const int MaxResponseBytes = 16 * 1024 * 1024;
    private readonly GoogleHttp _http;
    private readonly string _spreadsheetId;
    private readonly string? _sheetName;
    private readonly DateTimeZone _zone;
    private readonly Uri _baseUri;

    /// <param name="spreadsheetId">The id in the sheet's URL (/spreadsheets/d/{id}/edit).</param>
    /// <param name="sheetName">The tab to read; null reads the first tab.</param>
    /// <param name="timeZoneId">The business's IANA zone, for visit_end values without an offset.</param>
    public GoogleSheetCustomerSource(HttpClient http, IGoogleAccessTokenSource tokens, string spreadsheetId, string? sheetName,
        string timeZoneId, GoogleEndpoints? endpoints = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentException.ThrowIfNullOrWhiteSpace(spreadsheetId);
        _http = new GoogleHttp(http, tokens);
        _spreadsheetId = spreadsheetId;
        _sheetName = string.IsNullOrWhiteSpace(sheetName) ? null : sheetName;
        _zone = VisitFields.Zone(timeZoneId, nameof(timeZoneId));
        _baseUri = (endpoints ?? GoogleEndpoints.Default).Sheets;
    }

    /// <exception cref="GoogleApiException">The sheet could not be read (see IsTransient).</exception>
    public async Task<VisitBatch> ReadSinceAsync(string? cursor, CancellationToken ct = default)
    {
        var problems = new List<DocProblem>();
        var headerRange = await GetAsync("1:1", ct);
        var (header, error) = SheetHeader.Read(headerRange.Values is [var first, ..] ? first : null);
        if (header is null)
        {
            problems.Add(new DocProblem(1, ProblemSeverity.Error, error!));
            return new VisitBatch([], problems, cursor);
        }
        var lastRead = ParseCursor(cursor);
        var start = lastRead + 1;
        var rows = await GetRowsAsync(start, ct);
        return ReadRows(header, rows.Values ?? [], start, lastRead, problems);
    }

    private async Task<ValueRange> GetRowsAsync(int start, CancellationToken ct)
    {
        try
        {
            return await GetAsync(string.Create(CultureInfo.InvariantCulture, $"{start}:{start + MaxRowsPerBatch - 1}"), ct);
        }
        catch (GoogleApiException e) when (e.StatusCode == 400 && e.Message.Contains("exceeds grid limits", StringComparison.OrdinalIgnoreCase))
        {
            // Every row of the tab's grid has been read: Sheets refuses a range that starts below it
            // instead of answering no values. That means "nothing new", not a failure.
            return new ValueRange(null, "ROWS", null);
        }
    }

    private VisitBatch ReadRows(SheetHeader header, List<List<JsonElement>> rows, int start, int lastRead, List<DocProblem> problems)
    {
        var visits = new List<Core.Model.Visit>();
        var sheetKey = _sheetName is null ? _spreadsheetId : _spreadsheetId + "/" + _sheetName;
        for (var i = 0; i < rows.Count && i < MaxRowsPerBatch; i++)
        {
            var rowNumber = start + i;
            lastRead = rowNumber;
            if (SheetVisitRow.IsBlank(rows[i])) continue;
            var (visit, error) = SheetVisitRow.Parse(header, rows[i], rowNumber, sheetKey, _zone);
            if (visit is not null) visits.Add(visit);
            else problems.Add(new DocProblem(rowNumber, ProblemSeverity.Error, error + "; row skipped"));
        }
        return new VisitBatch(visits, problems, lastRead.ToString(CultureInfo.InvariantCulture));
    }

    private Task<ValueRange> GetAsync(string rows, CancellationToken ct)
    {
        // Quoted tab name ('' escapes a quote) so names with spaces or punctuation select the right tab.
        var range = _sheetName is null ? rows : "'" + _sheetName.Replace("'", "''", StringComparison.Ordinal) + "'!" + rows;
        var uri = new Uri(_baseUri,
            $"v4/spreadsheets/{Uri.EscapeDataString(_spreadsheetId)}/values/{Uri.EscapeDataString(range)}" +
            "?majorDimension=ROWS&valueRenderOption=UNFORMATTED_VALUE&dateTimeRenderOption=SERIAL_NUMBER");
        return _http.GetJsonAsync(uri, GoogleSheetsJsonContext.Default.ValueRange, MaxResponseBytes, ct);
    }

    /// <summary>The last row read; row 1 is the header, so a missing or unreadable cursor starts after it.</summary>
    private static int ParseCursor(string? cursor) =>
        int.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var row) && row >= 1 && row < 10_000_000 ? row : 1;
}
