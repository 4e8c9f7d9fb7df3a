using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using FeedbackCollector.Core.CustomerList;

namespace FeedbackCollector.Testing.Google;

/// <summary>One request the fake saw.</summary>
public sealed record SheetCall(string Method, string Path, string Query, string Body);

/// <summary>
/// One Google Sheet played on 127.0.0.1, as the collector uses it: the OAuth token endpoint (POST /token), Drive
/// files.get (version and modifiedTime, moved by every change) and files.export as text/csv (every row padded to the
/// widest, as Drive exports), and Sheets values.get / values.update of the header row and values.append. Tests edit
/// the sheet as its owner would (<see cref="Edit"/>): sort it, insert rows above, delete rows.
/// </summary>
public sealed class FakeSheetServer : IAsyncDisposable
{
    public const string AccessToken = "ya29.fake-sheet";
    private static readonly DateTimeOffset Created = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly HttpListener _listener = new();
    private readonly Lock _gate = new();
    private readonly List<List<string>> _rows = [];
    private readonly ConcurrentQueue<SheetCall> _calls = new();
    private readonly Task _serving;
    private long _version = 1;

    public FakeSheetServer(string spreadsheetId)
    {
        SpreadsheetId = spreadsheetId;
        using (var socket = new TcpListener(IPAddress.Loopback, 0))
        {
            socket.Start();
            Url = $"http://127.0.0.1:{((IPEndPoint)socket.LocalEndpoint).Port}/";
        }
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public string SpreadsheetId { get; }
    public string Url { get; }
    public IReadOnlyList<SheetCall> Calls => [.. _calls];

    /// <summary>The sheet's rows as cells (row 1 first).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows
    {
        get { lock (_gate) return [.. _rows.Select(r => (IReadOnlyList<string>)[.. r])]; }
    }

    /// <summary>The owner's edit of the rows (a new Drive version, as any edit makes).</summary>
    public void Edit(Action<List<List<string>>> edit)
    {
        lock (_gate)
        {
            edit(_rows);
            _version++;
        }
    }

    public string ExportCsv()
    {
        lock (_gate)
        {
            var width = _rows.Count == 0 ? 0 : _rows.Max(r => r.Count);
            var csv = new StringBuilder();
            foreach (var row in _rows) csv.Append(CustomerListCells.CsvLine([.. row, .. Enumerable.Repeat("", width - row.Count)]).Replace("\n", "\r\n", StringComparison.Ordinal));
            return csv.ToString();
        }
    }

    private (int Status, string Body, string Type) Answer(SheetCall call)
    {
        var values = $"/v4/spreadsheets/{SpreadsheetId}/values/";
        var file = $"/drive/v3/files/{SpreadsheetId}";
        return (call.Method, call.Path) switch
        {
            ("POST", "/token") => Json($$"""{"access_token":"{{AccessToken}}","expires_in":3599,"token_type":"Bearer"}"""),
            ("GET", var p) when p == file => Json(FileJson()),
            ("GET", var p) when p == file + "/export" => (200, ExportCsv(), "text/csv"),
            ("GET", var p) when p.StartsWith(values, StringComparison.Ordinal) && p.EndsWith("1:1", StringComparison.Ordinal) => Json(HeaderJson()),
            ("PUT", var p) when p.StartsWith(values, StringComparison.Ordinal) && p.EndsWith("1:1", StringComparison.Ordinal) => Change(call, replaceHeader: true),
            ("POST", var p) when p.StartsWith(values, StringComparison.Ordinal) && p.EndsWith(":append", StringComparison.Ordinal) => Change(call, replaceHeader: false),
            _ => (404, """{"error":{"code":404,"message":"Not found","status":"NOT_FOUND"}}""", "application/json"),
        };
    }

    private (int, string, string) Change(SheetCall call, bool replaceHeader)
    {
        using var body = JsonDocument.Parse(call.Body);
        var row = body.RootElement.GetProperty("values")[0].EnumerateArray().Select(c => c.GetString() ?? "").ToList();
        Edit(rows =>
        {
            if (!replaceHeader) rows.Add(row);
            else if (rows.Count == 0) rows.Add(row);
            else rows[0] = row;
        });
        return Json("{}");
    }

    private string FileJson()
    {
        lock (_gate)
        {
            var modified = Created.AddMinutes(_version).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
            return $$"""{"id":"{{SpreadsheetId}}","name":"Customers","mimeType":"application/vnd.google-apps.spreadsheet","modifiedTime":"{{modified}}","version":"{{_version}}"}""";
        }
    }

    private string HeaderJson()
    {
        lock (_gate) return _rows.Count == 0 ? "{}" : JsonSerializer.Serialize(new Dictionary<string, object> { ["values"] = new[] { _rows[0] } });
    }

    private static (int, string, string) Json(string body) => (200, body, "application/json; charset=UTF-8");

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var call = new SheetCall(context.Request.HttpMethod, Uri.UnescapeDataString((context.Request.RawUrl ?? "/").Split('?', 2)[0]),
                context.Request.Url?.Query ?? "", await reader.ReadToEndAsync());
            _calls.Enqueue(call);
            var (status, body, type) = Answer(call);
            var bytes = Encoding.UTF8.GetBytes(body);
            context.Response.StatusCode = status;
            context.Response.ContentType = type;
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _serving.ConfigureAwait(false);
    }
}
