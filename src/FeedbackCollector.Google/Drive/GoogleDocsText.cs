using System.Globalization;
using System.Text;
using FeedbackCollector.Google.Auth;
using FeedbackCollector.Google.Http;

namespace FeedbackCollector.Google.Drive;

/// <summary>
/// Reads the owner's rules.txt / voice.txt from Drive as plain text (and the customer sheet as CSV for its mirror): Google Docs through
/// files.export (text/plain), uploaded text files through alt=media. A UTF-8 BOM is dropped and
/// the size is capped. <see cref="GetInfoAsync"/> is the cheap call that tells drive-sync whether
/// the doc changed since it was last parsed.
/// </summary>
public sealed class GoogleDocsText
{
    /// <summary>Owner docs are a page or two; a megabyte means the wrong file was shared.</summary>
    public const int DefaultMaxBytes = 1024 * 1024;
    private const int MaxMetadataBytes = 64 * 1024;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private readonly GoogleHttp _http;
    private readonly Uri _baseUri;
    private readonly int _maxBytes;

    public GoogleDocsText(HttpClient http, IGoogleAccessTokenSource tokens, GoogleEndpoints? endpoints = null, int maxBytes = DefaultMaxBytes)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        _http = new GoogleHttp(http, tokens);
        _baseUri = (endpoints ?? GoogleEndpoints.Default).Drive;
        _maxBytes = maxBytes;
    }

    /// <summary>The file's type, last edit and version (files.get).</summary>
    /// <exception cref="GoogleApiException">404 when the file is not shared with the service account.</exception>
    public async Task<DriveFileInfo> GetInfoAsync(string fileId, CancellationToken ct = default)
    {
        var uri = FileUri(fileId, "?fields=id,name,mimeType,modifiedTime,version&supportsAllDrives=true");
        var file = await _http.GetJsonAsync(uri, GoogleDriveJsonContext.Default.DriveFileResponse, MaxMetadataBytes, ct);
        if (!DateTimeOffset.TryParse(file.ModifiedTime, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var modified)
            || !long.TryParse(file.Version, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            throw new GoogleApiException($"Drive answered file {fileId} without a readable modifiedTime or version.", 200, "badResponse", isTransient: false);
        return new DriveFileInfo(file.Id ?? fileId, file.Name, file.MimeType ?? "", modified, version);
    }

    /// <summary>A Google Doc's text (files.export as text/plain).</summary>
    public Task<string> ExportTextAsync(string fileId, CancellationToken ct = default) =>
        ReadAsync(FileUri(fileId, "/export?mimeType=text%2Fplain"), ct);

    /// <summary>A Google Sheet's first tab as CSV (files.export text/csv), as Drive renders it; capped at <paramref name="maxBytes"/>.</summary>
    public Task<byte[]> ExportCsvAsync(string fileId, int maxBytes, CancellationToken ct = default) =>
        _http.GetBytesAsync(FileUri(fileId, "/export?mimeType=text%2Fcsv"), maxBytes, ct);

    /// <summary>The text of either a Google Doc (export) or an uploaded .txt file (download).</summary>
    public Task<string> ReadTextAsync(DriveFileInfo file, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        return file.IsGoogleDoc
            ? ExportTextAsync(file.Id, ct)
            : ReadAsync(FileUri(file.Id, "?alt=media&supportsAllDrives=true"), ct);
    }

    private async Task<string> ReadAsync(Uri uri, CancellationToken ct)
    {
        var bytes = await _http.GetBytesAsync(uri, _maxBytes, ct);
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        // Docs export CRLF line ends; the owner-doc parsers count lines, so make them plain.
        return Utf8.GetString(bytes, start, bytes.Length - start).Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private Uri FileUri(string fileId, string suffix)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileId);
        return new Uri(_baseUri, $"drive/v3/files/{Uri.EscapeDataString(fileId)}{suffix}");
    }
}
