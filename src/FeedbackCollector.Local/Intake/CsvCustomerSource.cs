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

    /// <summary>The first read after the cursor: a batch of short rows fits; longer rows double it until a batch does.</summary>
    private const int FirstWindowBytes = 1024 * 1024;

    // The header is one record of at most MaxRecordChars characters (4 bytes each at most), after a BOM.
    private const int HeadBytes = CsvRecordReader.MaxRecordChars * 4 + 3;
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
        using var file = File.OpenHandle(_path);
        var length = RandomAccess.GetLength(file);
        var problems = new List<DocProblem>();
        if (length > MaxFileBytes)
        {
            problems.Add(new DocProblem(1, ProblemSeverity.Error, $"the file is larger than {MaxFileBytes / (1024 * 1024)} MB; split it"));
            return new VisitBatch([], problems, cursor);
        }
        var head = await ReadAsync(file, 0, (int)Math.Min(length, HeadBytes), ct);
        var start = BomLength(head);
        var header = ReadHeader(head, start, problems);
        if (header is null) return new VisitBatch([], problems, cursor);
        var (offset, line) = ParseCursor(cursor) ?? (header.Value.EndOffset, 2);
        if (offset > length || offset < header.Value.EndOffset)
        {
            problems.Add(new DocProblem(1, ProblemSeverity.Warning, "the file was replaced or got shorter; reading it again from the top"));
            (offset, line) = (header.Value.EndOffset, 2);
        }
        // Only the bytes after the cursor, a window at a time: reading the whole file at each batch made an import of
        // 100,000 rows read and decode it 20 times (O(rows²), and each copy a large-object allocation).
        for (var window = FirstWindowBytes; ; window *= 2)
        {
            var end = Math.Min(length, offset + window);
            var bytes = await ReadAsync(file, offset, (int)(end - offset), ct);
            // A window ends at its last line break ('\n' is never inside a UTF-8 sequence); a record cut there (a quoted
            // line break) is not complete, so the read stops before it and the next, wider window has it whole.
            var whole = end == length ? bytes.Length : bytes.AsSpan().LastIndexOf((byte)'\n') + 1;
            var (batch, full) = ReadRows(Utf8.GetString(bytes, 0, whole), offset, line, header.Value.Columns, [.. problems]);
            if (full || end == length) return batch;
        }
    }

    /// <summary>The rows of <paramref name="text"/> (from the cursor), up to <see cref="MaxRowsPerBatch"/>; Full: the cap stopped it.</summary>
    private (VisitBatch Batch, bool Full) ReadRows(string text, long offset, int line, CustomerListHeader columns, List<DocProblem> problems)
    {
        var visits = new List<Visit>();
        var consumedChars = 0;
        var consumedBytes = offset;
        var full = false;
        foreach (var record in CsvRecordReader.Read(text, line))
        {
            if (visits.Count + problems.Count >= MaxRowsPerBatch)
            {
                full = true;
                break;
            }
            consumedBytes += Utf8.GetByteCount(text.AsSpan(consumedChars, record.EndIndex - consumedChars));
            consumedChars = record.EndIndex;
            AddRow(record, columns, visits, problems);
        }
        var nextLine = line + text.AsSpan(0, consumedChars).Count('\n');
        return (new VisitBatch(visits, problems, FormatCursor(consumedBytes, nextLine)), full);
    }

    private static async Task<byte[]> ReadAsync(Microsoft.Win32.SafeHandles.SafeFileHandle file, long offset, int count, CancellationToken ct)
    {
        var bytes = new byte[count];
        var read = 0;
        while (read < count)
        {
            var n = await RandomAccess.ReadAsync(file, bytes.AsMemory(read), offset + read, ct);
            if (n == 0) return bytes[..read];
            read += n;
        }
        return bytes;
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

    /// <summary>How many bytes of the file a cursor has read past (for a progress bar); null for no or a foreign cursor.</summary>
    public static long? BytesRead(string? cursor) => ParseCursor(cursor)?.Offset;

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
