using System.Text;

namespace FeedbackCollector.Core.CustomerList;

/// <summary>
/// Cells as the collector writes them into the owner's sheet or customers.csv. A cell that a spreadsheet would
/// read as a formula (it starts with = + - @, a tab or a carriage return) gets a leading apostrophe, so a customer
/// named <c>=IMPORTXML(…)</c> stays text when the owner opens the sheet or the exported CSV (OWASP's CSV
/// injection advice). Readers take the apostrophe off again, so "+6591234567" reads back as written.
/// </summary>
public static class CustomerListCells
{
    public static string Guard(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Length > 0 && IsFormulaStart(cell[0]) ? "'" + cell : cell;
    }

    public static string Unguard(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Length > 1 && cell[0] == '\'' && IsFormulaStart(cell[1]) ? cell[1..] : cell;
    }

    /// <summary>One RFC 4180 line (CRLF-free LF ending): a field with a comma, quote or line break is quoted.</summary>
    public static string CsvLine(IEnumerable<string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var line = new StringBuilder();
        var first = true;
        foreach (var field in fields)
        {
            if (!first) line.Append(',');
            first = false;
            line.Append(field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field);
        }
        return line.Append('\n').ToString();
    }

    private static bool IsFormulaStart(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r';
}
