using System.Globalization;
using System.Text.Json;

namespace FeedbackCollector.Google.Sheets;

/// <summary>Cell values as Sheets' UNFORMATTED_VALUE answers them, read without throwing.</summary>
internal static class SheetCell
{
    /// <summary>Sheets' serial dates count days from 1899-12-30 (the Lotus 1-2-3 epoch).</summary>
    private static readonly DateTime SerialEpoch = new(1899, 12, 30, 0, 0, 0, DateTimeKind.Unspecified);

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

    /// <summary>A date cell as a local date and time (no zone: the sheet's cells have none).</summary>
    public static bool TrySerialDate(JsonElement cell, out DateTime local)
    {
        local = default;
        if (cell.ValueKind != JsonValueKind.Number || !cell.TryGetDouble(out var days)) return false;
        // 1900-01-01 .. 2199-12-31: anything else is a number typed into the column, not a date.
        if (days is < 1 or > 109_573) return false;
        local = SerialEpoch.AddSeconds(Math.Round(days * 86_400));
        return true;
    }
}
