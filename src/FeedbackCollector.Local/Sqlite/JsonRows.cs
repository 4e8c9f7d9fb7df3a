using System.Buffers;
using System.Text;
using System.Text.Json;

namespace FeedbackCollector.Local.Sqlite;

/// <summary>
/// A list of keys handed to SQLite as one JSON parameter and read back with <c>json_each</c>: one SQL text, prepared
/// once, whatever the list's length, instead of thousands of bound parameters or one statement text per length.
/// (Rows are written by <see cref="RowWriter"/>: for writes, JSON cost more than binding each row.)
/// </summary>
internal static class JsonRows
{
    /// <summary>A JSON array of strings: <c>x IN (SELECT value FROM json_each(@list))</c>.</summary>
    public static string Strings(IEnumerable<string> values)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var value in values) writer.WriteStringValue(value);
            writer.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
