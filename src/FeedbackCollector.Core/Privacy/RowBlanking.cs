using System.Text;

namespace FeedbackCollector.Core.Privacy;

/// <summary>
/// Removes an erased customer's rows from a line-based file (customers.csv, a sheet snapshot) by overwriting each
/// line that names them with spaces, byte for byte. The file keeps its length and every other row its offset, and a
/// blank line is read as no row, so planning the list again plans nothing new.
/// </summary>
public static class RowBlanking
{
    /// <summary>The bytes with every line naming the contact blanked, and how many lines were; the input is not changed.</summary>
    public static (byte[] Bytes, int Lines) Blank(ReadOnlySpan<byte> content, ContactMatcher contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var bytes = content.ToArray();
        var lines = 0;
        var start = 0;
        while (start < bytes.Length)
        {
            var end = Array.IndexOf(bytes, (byte)'\n', start);
            if (end < 0) end = bytes.Length;
            var stop = end > start && bytes[end - 1] == (byte)'\r' ? end - 1 : end;
            if (stop > start && contact.Names(Encoding.UTF8.GetString(bytes, start, stop - start)))
            {
                bytes.AsSpan(start, stop - start).Fill((byte)' ');
                lines++;
            }
            start = end + 1;
        }
        return (bytes, lines);
    }
}
