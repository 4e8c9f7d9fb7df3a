using System.Globalization;
using System.Text.Json;

namespace FeedbackCollector.Google.Sheets;

/// <summary>Cell values as Sheets' values.get answers them (the header row the appender reads), read without throwing.</summary>
internal static class SheetCell
{
    public static string Text(JsonElement cell) => cell.ValueKind switch
    {
        JsonValueKind.String => cell.GetString() ?? "",
        // Whole numbers (a phone typed as a number) without ".0"; others in invariant form.
        JsonValueKind.Number when cell.TryGetInt64(out var whole) => whole.ToString(CultureInfo.InvariantCulture),
        JsonValueKind.Number => cell.GetDouble().ToString("R", CultureInfo.InvariantCulture),
        JsonValueKind.True => "TRUE",
        JsonValueKind.False => "FALSE",
        _ => "",
    };
}
