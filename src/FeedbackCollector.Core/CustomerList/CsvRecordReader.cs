using System.Buffers;

namespace FeedbackCollector.Core.CustomerList;

/// <summary>One CSV record: its fields, the 1-based line it starts on and where it ends in the text.</summary>
/// <param name="Error">Why the record is malformed (e.g. a stray quote), or null.</param>
public sealed record CsvRecord(IReadOnlyList<string> Fields, int Line, int EndIndex, string? Error);

/// <summary>
/// RFC 4180 records: comma-separated, CRLF or LF line ends, fields in double quotes may hold commas,
/// line breaks and "" for a quote. Reading along (a file still being appended to), only records terminated by a
/// line break are returned, because a writer may still be appending the last one; reading a whole file
/// (<c>wholeFile</c>), the last record needs no line break, and a quote never closed is reported on its own line
/// and reading goes on at the next line, so one broken cell cannot swallow the rest of the sheet. A malformed
/// record is returned with its error so the caller can report its line and go on. Never throws; fields and
/// records have caps.
/// </summary>
public static class CsvRecordReader
{
    public const int MaxRecordChars = 16 * 1024;
    public const int MaxFields = 64;

    // What ends an unquoted run of characters; everything between is copied at once.
    private static readonly SearchValues<char> RunEnds = SearchValues.Create(",\r\n\"");

    public static IEnumerable<CsvRecord> Read(string text, int startLine, bool wholeFile = false)
    {
        var position = 0;
        var line = startLine;
        while (position < text.Length)
        {
            var record = ReadOne(text, position, line) ?? (wholeFile ? Unterminated(text, position, line) : null);
            if (record is null) yield break;
            yield return record.Value.Record;
            line += record.Value.LineBreaks;
            position = record.Value.Record.EndIndex;
        }
    }

    private static (CsvRecord Record, int LineBreaks)? ReadOne(string text, int start, int line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        string? error = null;
        var inQuotes = false;
        var breaks = 0;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (i - start > MaxRecordChars) error ??= $"row is longer than {MaxRecordChars} characters";
            if (inQuotes)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"')
                {
                    inQuotes = false;
                    if (i + 1 < text.Length && text[i + 1] is not (',' or '\r' or '\n')) error ??= "text after a closing quote";
                }
                else { if (c == '\n') breaks++; field.Append(c); }
                continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0: inQuotes = true; break;
                case '"': error ??= "a quote inside an unquoted field"; field.Append(c); break;
                case ',': AddField(fields, field, ref error); break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n': break;
                case '\n':
                    AddField(fields, field, ref error);
                    return (new CsvRecord(fields, line, i + 1, error), breaks + 1);
                default:
                    // The rest of an unquoted run in one copy: a row is mostly such runs, char by char they were most of a read.
                    var run = text.AsSpan(i).IndexOfAny(RunEnds);
                    var end = run < 0 ? text.Length : i + run;
                    field.Append(text, i, end - i);
                    i = end - 1;
                    break;
            }
        }
        return null;
    }

    /// <summary>
    /// The rest of a whole file that never ends its record: a last row without a line break is read as it is; a
    /// quote that never closes makes its line one malformed record, and the next line is read as a new record.
    /// </summary>
    private static (CsvRecord Record, int LineBreaks) Unterminated(string text, int start, int line)
    {
        var complete = ReadOne(text + "\n", start, line);
        if (complete is { } last && last.Record.EndIndex >= text.Length) return (last.Record with { EndIndex = text.Length }, last.LineBreaks);
        var end = text.IndexOf('\n', start);
        end = end < 0 ? text.Length : end + 1;
        return (new CsvRecord([], line, end, "a quote is opened and never closed (broken quoting)"), 1);
    }

    private static void AddField(List<string> fields, System.Text.StringBuilder field, ref string? error)
    {
        if (fields.Count >= MaxFields) error ??= $"more than {MaxFields} fields";
        else fields.Add(field.ToString());
        field.Clear();
    }
}
