using System.Globalization;
using System.Text;
using FeedbackCollector.Core.CustomerList;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Rules;
using NodaTime;

namespace FeedbackCollector.Local.Intake;

/// <summary>
/// Visits from a customers.csv file the owner (or their booking tool) appends to. The header row
/// names the columns (see CustomerListHeader and CustomerListRow, the same reading as serve's customer list). The
/// cursor is "{byte offset}:{line}" just past the last complete row read, so each call returns only
/// rows added since; a malformed row is reported with its line and skipped while the rest go on.
/// A file that got shorter than the cursor was replaced, and is read again from the top (the asks
/// are idempotent by visit, so re-reading cannot double-ask).
/// </summary>
public sealed class CsvCustomerSource : ICustomerSource
{
    public const int MaxRowsPerBatch = 5000;
    public const long MaxFileBytes = 64L * 1024 * 1024;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private readonly string _path;
    private readonly DateTimeZone _zone;

    /// <param name="timeZoneId">The business's IANA zone, for visit_end values written without an offset.</param>
    public CsvCustomerSource(string path, string timeZoneId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _path = path;
        _zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZoneId)
            ?? throw new ArgumentException($"Unknown IANA timezone '{timeZoneId}'.", nameof(timeZoneId));
    }

    public async Task<VisitBatch> ReadSinceAsync(string? cursor, CancellationToken ct = default)
    {
        if (!File.Exists(_path)) return new VisitBatch([], [], cursor);
        var bytes = await File.ReadAllBytesAsync(_path, ct);
        var problems = new List<DocProblem>();
        if (bytes.LongLength > MaxFileBytes)
        {
            problems.Add(new DocProblem(1, ProblemSeverity.Error, $"the file is larger than {MaxFileBytes / (1024 * 1024)} MB; split it"));
            return new VisitBatch([], problems, cursor);
        }
        var start = BomLength(bytes);
        var header = ReadHeader(bytes, start, problems);
        if (header is null) return new VisitBatch([], problems, cursor);
        var (offset, line) = ParseCursor(cursor) ?? (header.Value.EndOffset, 2);
        if (offset > bytes.Length || offset < header.Value.EndOffset)
        {
            problems.Add(new DocProblem(1, ProblemSeverity.Warning, "the file was replaced or got shorter; reading it again from the top"));
            (offset, line) = (header.Value.EndOffset, 2);
        }
        return ReadRows(bytes, offset, line, header.Value.Columns, problems);
    }

    private VisitBatch ReadRows(byte[] bytes, long offset, int line, CustomerListHeader columns, List<DocProblem> problems)
    {
        var text = Utf8.GetString(bytes, (int)offset, bytes.Length - (int)offset);
        var visits = new List<Visit>();
        var consumedChars = 0;
        var consumedBytes = offset;
        foreach (var record in CsvRecordReader.Read(text, line))
        {
            if (visits.Count + problems.Count >= MaxRowsPerBatch) break;
            consumedBytes += Utf8.GetByteCount(text.AsSpan(consumedChars, record.EndIndex - consumedChars));
            consumedChars = record.EndIndex;
            AddRow(record, columns, visits, problems);
        }
        var nextLine = line + text.AsSpan(0, consumedChars).Count('\n');
        return new VisitBatch(visits, problems, FormatCursor(consumedBytes, nextLine));
    }

    private void AddRow(CsvRecord record, CustomerListHeader columns, List<Visit> visits, List<DocProblem> problems)
    {
        if (record.Fields.Count == 1 && record.Fields[0].Trim().Length == 0) return;
        if (record.Error is not null)
        {
            problems.Add(new DocProblem(record.Line, ProblemSeverity.Error, record.Error + "; row skipped"));
            return;
        }
        if (record.Fields.Count > columns.Width)
        {
            problems.Add(new DocProblem(record.Line, ProblemSeverity.Error, $"{record.Fields.Count} fields but the header has {columns.Width}; row skipped"));
            return;
        }
        var (visit, error) = CustomerListRow.Parse(columns, record.Fields, _zone);
        if (visit is not null) visits.Add(visit);
        else problems.Add(new DocProblem(record.Line, ProblemSeverity.Error, error + "; row skipped"));
    }

    private static (CustomerListHeader Columns, long EndOffset)? ReadHeader(byte[] bytes, int start, List<DocProblem> problems)
    {
        var text = Utf8.GetString(bytes, start, (int)Math.Min(bytes.Length - start, CsvRecordReader.MaxRecordChars * 4));
        var record = CsvRecordReader.Read(text, 1).FirstOrDefault();
        if (record is null) return null;
        var (header, error) = CustomerListHeader.Read(record.Fields);
        if (header is null)
        {
            problems.Add(new DocProblem(1, ProblemSeverity.Error, error!));
            return null;
        }
        return (header, start + Utf8.GetByteCount(text.AsSpan(0, record.EndIndex)));
    }

    private static int BomLength(byte[] bytes) =>
        bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;

    private static (long Offset, int Line)? ParseCursor(string? cursor)
    {
        if (cursor is null) return null;
        var parts = cursor.Split(':');
        return parts.Length == 2
            && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var line)
            ? (offset, line)
            : null;
    }

    private static string FormatCursor(long offset, int line) =>
        string.Create(CultureInfo.InvariantCulture, $"{offset}:{line}");
}
