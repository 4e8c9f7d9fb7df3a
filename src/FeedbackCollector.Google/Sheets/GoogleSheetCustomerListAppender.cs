using System.Text.Json;
using FeedbackCollector.Core.CustomerList;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Google.Auth;
using FeedbackCollector.Google.Http;

namespace FeedbackCollector.Google.Sheets;

/// <summary>
/// The owner's customer sheet as the customer list: each sale is one row added with Sheets values.append
/// (valueInputOption RAW, insertDataOption INSERT_ROWS), its cells in the order of the sheet's own header row and
/// guarded against formulas. A header that lacks our columns (source, source_id, …) gets them added at its end
/// with values.update first, so the row carries the key that makes it the same ask as the sale.
/// </summary>
public sealed class GoogleSheetCustomerListAppender : ICustomerListAppender
{
    private const int MaxResponseBytes = 1024 * 1024;
    private readonly GoogleHttp _http;
    private readonly string _spreadsheetId;
    private readonly string? _sheetName;
    private readonly Uri _baseUri;

    /// <param name="tokens">A credential with the spreadsheets scope (writing).</param>
    /// <param name="sheetName">The tab; null writes to the first tab.</param>
    public GoogleSheetCustomerListAppender(HttpClient http, IGoogleAccessTokenSource tokens, string spreadsheetId, string? sheetName,
        GoogleEndpoints? endpoints = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentException.ThrowIfNullOrWhiteSpace(spreadsheetId);
        _http = new GoogleHttp(http, tokens);
        _spreadsheetId = spreadsheetId;
        _sheetName = string.IsNullOrWhiteSpace(sheetName) ? null : sheetName;
        _baseUri = (endpoints ?? GoogleEndpoints.Default).Sheets;
    }

    /// <exception cref="GoogleApiException">The sheet could not be read or written (see IsTransient).</exception>
    public async Task AppendAsync(Visit visit, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(visit);
        var columns = await EnsureHeaderAsync(ct);
        var row = new List<string>(CustomerListRow.Cells(visit, columns));
        await SendAsync(HttpMethod.Post, Values(Range("A1") + ":append", "valueInputOption=RAW&insertDataOption=INSERT_ROWS"),
            new ValueRangeBody(null, "ROWS", [row]), ct);
    }

    private async Task<IReadOnlyList<string>> EnsureHeaderAsync(CancellationToken ct)
    {
        var got = await _http.GetJsonAsync(Values(Range("1:1"), "majorDimension=ROWS"), GoogleSheetsJsonContext.Default.ValueRange, MaxResponseBytes, ct);
        List<string> names = got.Values is [var first, ..] ? [.. first.Select(SheetCell.Text)] : [];
        var (header, _) = CustomerListHeader.Read(names);
        var missing = header?.Missing() ?? [.. CustomerListHeader.Fields.Where(f => !names.Contains(f, StringComparer.OrdinalIgnoreCase))];
        if (missing.Count == 0) return names;
        List<string> extended = [.. names, .. missing];
        await SendAsync(HttpMethod.Put, Values(Range("1:1"), "valueInputOption=RAW"), new ValueRangeBody(Range("1:1"), "ROWS", [extended]), ct);
        return extended;
    }

    private Task<byte[]> SendAsync(HttpMethod method, Uri uri, ValueRangeBody body, CancellationToken ct) =>
        _http.SendJsonAsync(method, uri, JsonSerializer.SerializeToUtf8Bytes(body, GoogleSheetsJsonContext.Default.ValueRangeBody), MaxResponseBytes, ct);

    /// <summary>A quoted tab name ('' escapes a quote), so names with spaces or punctuation select the right tab.</summary>
    private string Range(string cells) =>
        _sheetName is null ? cells : "'" + _sheetName.Replace("'", "''", StringComparison.Ordinal) + "'!" + cells;

    private Uri Values(string rangeAndVerb, string query)
    {
        var verb = rangeAndVerb.EndsWith(":append", StringComparison.Ordinal) ? ":append" : "";
        var range = rangeAndVerb[..^verb.Length];
        return new Uri(_baseUri, $"v4/spreadsheets/{Uri.EscapeDataString(_spreadsheetId)}/values/{Uri.EscapeDataString(range)}{verb}?{query}");
    }
}
