using System.Text;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Rules;
using NodaTime;

namespace FeedbackCollector.Core.CustomerList;

/// <summary>A visit and the row it was read from (for the owner's report; never its key).</summary>
public sealed record ListedVisit(int Row, Visit Visit);

/// <summary>
/// A whole customer list read: every visit that could be read, and every row that could not, by row number (the
/// sheet's row, which is the CSV line a record starts on). <see cref="Rows"/> counts data rows seen.
/// </summary>
public sealed record CustomerListReading(IReadOnlyList<ListedVisit> Visits, IReadOnlyList<DocProblem> Problems, int Rows);

/// <summary>
/// Reads a customer list (the owner's sheet exported as CSV, or customers.csv) whole, never along a row cursor:
/// the header names the columns, and each row is a visit named by its natural key (<see cref="CustomerListRow"/>).
/// A header the owner renamed is reported with what is missing and what was found; a row with broken quoting, no
/// contact or an unreadable time is reported with its row number while every other row is read. Never throws.
/// </summary>
public static class CustomerListReader
{
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>Rows past this are reported, not read: a list this long is a wrong file, or one to archive.</summary>
    public const int MaxRows = 200_000;

    /// <summary>Past this many rows the owner is told the list is long (a warning; every row is still read).</summary>
    public const int LongListRows = 20_000;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static CustomerListReading Read(ReadOnlySpan<byte> bytes, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (bytes.Length > MaxBytes)
            return Refused($"the customer list is larger than {MaxBytes / (1024 * 1024)} MB; nothing was read (archive old rows to another sheet or file)");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        var text = Utf8.GetString(bytes);
        // An empty file is a list with no rows yet (a new customers.csv, or one caught between its creation and its
        // first write): nothing to plan and nothing to tell the owner.
        if (string.IsNullOrWhiteSpace(text)) return new CustomerListReading([], [], 0);
        using var records = CsvRecordReader.Read(text, 1, wholeFile: true).GetEnumerator();
        if (!records.MoveNext()) return Refused("the customer list is empty: the first row must name the columns");
        var (header, error) = records.Current.Error is { } bad ? (null, "the header row cannot be read: " + bad) : CustomerListHeader.Read(records.Current.Fields);
        if (header is null) return Refused(error!);
        return ReadRows(records, header, zone);
    }

    private static CustomerListReading ReadRows(IEnumerator<CsvRecord> records, CustomerListHeader header, DateTimeZone zone)
    {
        var visits = new List<ListedVisit>();
        var problems = new List<DocProblem>();
        var rows = 0;
        while (records.MoveNext())
        {
            var record = records.Current;
            if (record.Error is null && record.Fields.All(f => f.Trim().Length == 0)) continue;
            if (++rows > MaxRows)
            {
                problems.Add(new DocProblem(record.Line, ProblemSeverity.Error, $"rows from here on were not read: the list has more than {MaxRows:N0} rows"));
                break;
            }
            var (visit, why) = record.Error is { } broken ? (null, broken) : CustomerListRow.Parse(header, record.Fields, zone);
            if (visit is not null) visits.Add(new ListedVisit(record.Line, visit));
            else problems.Add(new DocProblem(record.Line, ProblemSeverity.Error, why + "; row not planned"));
        }
        if (rows > LongListRows)
            problems.Add(new DocProblem(1, ProblemSeverity.Warning,
                $"the list has {rows:N0} rows and is read whole at every change; move rows of past years to another sheet to keep syncs quick"));
        return new CustomerListReading(visits, problems, rows);
    }

    private static CustomerListReading Refused(string why) => new([], [new DocProblem(1, ProblemSeverity.Error, why)], 0);
}
