namespace FeedbackCollector.Local.Intake;

/// <summary>One CSV record: its fields, the 1-based line it starts on and where it ends in the text.</summary>
/// <param name="Error">Why the record is malformed (e.g. a stray quote), or null.</param>
internal sealed record CsvRecord(IReadOnlyList<string> Fields, int Line, int EndIndex, string? Error);

/// <summary>
/// RFC 4180 records: comma-separated, CRLF or LF line ends, fields in double quotes may hold commas,
/// line breaks and "" for a quote. Only records terminated by a line break are returned, because a
/// writer may still be appending the last one; a malformed record is returned with its error so the
/// caller can report its line and go on. Never throws; fields and records have caps.
/// </summary>
internal static class CsvRecordReader
{
    public const int MaxRecordChars = 16 * 1024;
    public const int MaxFields = 64;

    public static IEnumerable<CsvRecord> Read(string text, int startLine)
    {
        var position = 0;
        var line = startLine;
        while (position < text.Length)
        {
            var record = ReadOne(text, position, line);
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
                default: field.Append(c); break;
            }
        }
        return null;
    }

    private static void AddField(List<string> fields, System.Text.StringBuilder field, ref string? error)
    {
        if (fields.Count >= MaxFields) error ??= $"more than {MaxFields} fields";
        else fields.Add(field.ToString());
        field.Clear();
    }
}
