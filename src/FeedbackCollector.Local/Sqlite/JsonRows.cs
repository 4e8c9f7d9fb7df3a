using System.Buffers;
using System.Text;
using System.Text.Json;

namespace FeedbackCollector.Local.Sqlite;

/// <summary>
/// A batch handed to SQLite as one JSON parameter and read back with <c>json_each</c>: one SQL text, prepared once,
/// whatever the batch's size, instead of thousands of bound parameters (Microsoft.Data.Sqlite looks each name up
/// on every execution) or one statement text per batch size.
/// </summary>
internal static class JsonRows
{
    /// <summary>A JSON array of strings: <c>x IN (SELECT value FROM json_each(@list))</c>.</summary>
    public static string Strings(IEnumerable<string> values) => Array(values, (w, v) => w.WriteStringValue(v));

    /// <summary>A JSON array of rows, each an array written by <paramref name="row"/>: <c>SELECT r.value ->> 0, … FROM json_each(@rows) AS r</c>.</summary>
    public static string Rows<T>(IEnumerable<T> items, Action<Utf8JsonWriter, T> row) => Array(items, (w, item) =>
    {
        w.WriteStartArray();
        row(w, item);
        w.WriteEndArray();
    });

    /// <summary>A string, or JSON null (which <c>->></c> reads back as SQL NULL).</summary>
    public static void Text(this Utf8JsonWriter writer, string? value)
    {
        if (value is null) writer.WriteNullValue();
        else writer.WriteStringValue(value);
    }

    /// <summary>An instant as unix milliseconds (<see cref="SqliteTime"/>), or JSON null.</summary>
    public static void Time(this Utf8JsonWriter writer, DateTimeOffset? value)
    {
        if (value is { } v) writer.WriteNumberValue(SqliteTime.ToDb(v));
        else writer.WriteNullValue();
    }

    private static string Array<T>(IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var item in items) write(writer, item);
            writer.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
