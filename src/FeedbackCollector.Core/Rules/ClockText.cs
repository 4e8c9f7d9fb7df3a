using System.Globalization;

namespace FeedbackCollector.Core.Rules;

/// <summary>Reads times of day ("9pm", "9:30 am", "21:00", "noon") and days of the week ("Sun", "Sundays").</summary>
internal static class ClockText
{
    private static readonly Dictionary<string, DayOfWeek> Days = BuildDays();

    public static bool TryTime(string text, out TimeOnly time)
    {
        time = default;
        var t = text.Trim().ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal).Replace('.', ':');
        if (t is "noon" or "midday") { time = new TimeOnly(12, 0); return true; }
        if (t == "midnight") { time = new TimeOnly(0, 0); return true; }
        var suffix = t.EndsWith("am", StringComparison.Ordinal) ? "am" : t.EndsWith("pm", StringComparison.Ordinal) ? "pm" : "";
        var digits = t[..^suffix.Length];
        var parts = digits.Split(':');
        if (parts.Length > 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var h)) return false;
        var m = 0;
        if (parts.Length == 2 && (parts[1].Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out m))) return false;
        if (suffix.Length > 0)
        {
            if (h is < 1 or > 12) return false;
            h = (h % 12) + (suffix == "pm" ? 12 : 0);
        }
        else if (parts.Length == 1 && digits.Length <= 2) return false; // "9" alone: morning or evening?
        if (h is < 0 or > 23 || m is < 0 or > 59) return false;
        time = new TimeOnly(h, m);
        return true;
    }

    public static bool TryDay(string text, out DayOfWeek day) => Days.TryGetValue(text.Trim().TrimEnd('.'), out day);

    private static Dictionary<string, DayOfWeek> BuildDays()
    {
        var map = new Dictionary<string, DayOfWeek>(StringComparer.OrdinalIgnoreCase);
        foreach (var d in Enum.GetValues<DayOfWeek>())
        {
            var name = d.ToString();
            map[name] = d;
            map[name + "s"] = d;
            map[name[..3]] = d;
        }
        map["tues"] = DayOfWeek.Tuesday;
        map["weds"] = DayOfWeek.Wednesday;
        map["thur"] = DayOfWeek.Thursday;
        map["thurs"] = DayOfWeek.Thursday;
        return map;
    }
}
