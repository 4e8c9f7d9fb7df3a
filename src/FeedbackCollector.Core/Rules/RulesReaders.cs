using NodaTime;

namespace FeedbackCollector.Core.Rules;

/// <summary>Readers for the business, time and holiday settings of rules.txt.</summary>
internal static partial class RulesReaders
{
    private static readonly string[] DefaultVisitWords =
        ["anything else", "everything else", "other visits", "any other visit", "other visit", "others", "anything", "everything", "default", "any visit", "every visit", "all visits"];

    private static readonly string[] NoneWords = ["none", "nothing", "never", "no", "n/a", "-", "no days", "open every day", "open daily"];

    /// <summary>Zone ids by any case, built once: a doc may name a zone on 2,000 lines.</summary>
    private static readonly Lazy<Dictionary<string, string>> ZoneIds =
        new(() => DateTimeZoneProviders.Tzdb.Ids.ToDictionary(i => i, i => i, StringComparer.OrdinalIgnoreCase));

    public static void Business(RulesLine l)
    {
        if (l.Value.Length > 100) { l.Error("the business name is longer than 100 characters; use the name customers know you by."); return; }
        l.Draft.Rules = l.Draft.Rules with { BusinessName = l.Value };
    }

    public static void TimeZone(RulesLine l)
    {
        if (!ZoneIds.Value.TryGetValue(l.Value.Replace(' ', '_'), out var id))
        {
            var guess = l.Problems.Suggest(l.Value, DateTimeZoneProviders.Tzdb.Ids, 4) ?? "Asia/Singapore";
            l.Error($"\"{l.Value}\" is not a time zone I know; use a name like {guess}.");
            return;
        }
        l.Draft.Rules = l.Draft.Rules with { TimeZone = id };
    }

    public static void QuietHours(RulesLine l)
    {
        if (IsNone(l.Value)) { l.Draft.Rules = l.Draft.Rules with { QuietHours = new QuietHours(TimeOnly.MinValue, TimeOnly.MinValue) }; return; }
        var parts = SplitRange(l.Value);
        if (parts is null || !ClockText.TryTime(parts.Value.A, out var start) || !ClockText.TryTime(parts.Value.B, out var end))
        {
            l.Error($"I can't read \"{l.Value}\" as quiet hours; write a start and an end, like \"9pm to 9am\" or \"21:00 to 09:00\" (or \"none\").");
            return;
        }
        if (start == end) l.Warn("quiet hours start and end at the same time, so there are no quiet hours; write \"Quiet hours: none\" if that is what you mean.");
        l.Draft.Rules = l.Draft.Rules with { QuietHours = new QuietHours(start, end) };
    }

    public static void ClosedOn(RulesLine l)
    {
        var days = new HashSet<DayOfWeek>();
        if (!IsNone(l.Value))
        {
            foreach (var word in Words(l.Value, "and", "&", ",", "/", "+"))
            {
                if (!ClockText.TryDay(word, out var day))
                {
                    l.Error($"\"{word}\" is not a day of the week; write days like \"Sunday\" or \"Sunday and Monday\" (or \"none\").");
                    return;
                }
                days.Add(day);
            }
        }
        if (days.Count == 7) { l.Error("that closes every day of the week, so no ask could ever be sent; list only the days you are closed."); return; }
        l.Draft.Rules = l.Draft.Rules with { ClosedDays = days };
    }

    public static void HolidayCountry(RulesLine l)
    {
        if (IsNone(l.Value)) { l.Draft.Rules = l.Draft.Rules with { Holidays = l.Draft.Rules.Holidays with { Country = null } }; return; }
        if (l.Value.EndsWith(".ics", StringComparison.OrdinalIgnoreCase)) { HolidayCalendar(l); return; }
        var code = HolidayCountries.CodeOf(l.Value);
        if (code is not null) { l.Draft.Rules = l.Draft.Rules with { Holidays = l.Draft.Rules.Holidays with { Country = code } }; return; }
        if (l.Value.Equals("Singapore", StringComparison.OrdinalIgnoreCase) || l.Value.Equals("SG", StringComparison.OrdinalIgnoreCase))
        {
            l.Error("I don't have Singapore's public holidays built in. Download the holiday calendar (.ics) from the Ministry of Manpower's website, put it beside this doc and write \"Holiday calendar: sg-holidays-2026.ics\" instead, or list each date as \"Holiday: 9 Aug 2026\".");
            return;
        }
        var guess = l.Problems.Suggest(l.Value, HolidayCountries.Names, 2);
        var hint = guess is null ? "write a country like \"US\", \"United Kingdom\" or \"Australia\"" : $"did you mean \"{guess}\"?";
        l.Error($"I don't have public holidays for \"{l.Value}\"; {hint} Otherwise use \"Holiday calendar: your-file.ics\" or list dates with \"Holiday: 25 Dec 2026\".");
    }

    public static void HolidayCalendar(RulesLine l)
    {
        var name = l.Value.Trim('"', '\'', ' ');
        if (name.Contains("://", StringComparison.Ordinal) || name.Contains('/', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal))
        {
            l.Error($"\"{name}\" looks like a link or a folder path; download the .ics file, put it beside this doc, and write just its name, like \"sg-holidays-2026.ics\".");
            return;
        }
        if (!name.EndsWith(".ics", StringComparison.OrdinalIgnoreCase) || name.Length > 200)
        {
            l.Error($"\"{name}\" is not a calendar file name; holiday calendars are .ics files, like \"sg-holidays-2026.ics\".");
            return;
        }
        if (!l.Draft.CalendarFiles.Contains(name, StringComparer.OrdinalIgnoreCase)) l.Draft.CalendarFiles.Add(name);
    }

    public static void HolidayDate(RulesLine l)
    {
        var text = StripLabel(l.Value);
        if (DateText.IsAmbiguousSlashDate(text))
        {
            l.Error($"\"{text}\" could mean two different days (day/month or month/day); {DateText.Hint}.");
            return;
        }
        if (!DateText.TryParse(text, out var date)) { l.Error($"I can't read \"{text}\" as a date; {DateText.Hint}."); return; }
        if (!l.Draft.HolidayDates.Add(date)) l.Warn($"{date:d MMM yyyy} is already listed as a holiday.");
    }

    public static void Wait(RulesLine l)
    {
        var visit = VisitTypeOf(l.Key);
        if (!DurationText.TryParse(l.Value, out var wait))
        {
            l.Error($"I can't read \"{l.Value}\" as a wait; {DurationText.Hint}.");
            return;
        }
        if (wait > TimeSpan.FromDays(30)) { l.Error($"a wait of {DurationText.Describe(wait)} is too long for a customer to remember the visit; keep it under 30 days."); return; }
        if (visit is null) { l.Draft.Rules = l.Draft.Rules with { DefaultWait = wait }; return; }
        if (l.Draft.WaitLines.TryGetValue(visit, out var first)) l.Warn($"the wait after {visit} is set again here (first on line {first}); I'm using this later line.");
        l.Draft.WaitLines.TryAdd(visit, l.Number);
        l.Draft.Waits[visit] = wait;
    }

    /// <summary>"wait after a haircut" → "haircut"; "wait after anything else" or "wait" → null (the default wait).</summary>
    private static string? VisitTypeOf(string key)
    {
        var rest = key.StartsWith("wait after ", StringComparison.Ordinal) ? key[11..]
            : key.StartsWith("wait for ", StringComparison.Ordinal) ? key[9..] : "";
        foreach (var article in new[] { "a ", "an ", "the ", "each ", "every ", "any " })
        {
            if (rest.StartsWith(article, StringComparison.Ordinal) && !DefaultVisitWords.Contains(rest)) rest = rest[article.Length..];
        }
        return rest.Length == 0 || DefaultVisitWords.Contains(rest) ? null : rest;
    }

    internal static bool IsNone(string value) => NoneWords.Contains(value.Trim().TrimEnd('.').ToLowerInvariant());

    /// <summary>"9pm to 9am", "9pm - 9am", "9pm until 9am", "from 9pm to 9am".</summary>
    internal static (string A, string B)? SplitRange(string value)
    {
        var v = value.Trim();
        if (v.StartsWith("from ", StringComparison.OrdinalIgnoreCase)) v = v[5..];
        foreach (var sep in new[] { " to ", " until ", " till ", " til ", "-", " and " })
        {
            var i = v.IndexOf(sep, StringComparison.OrdinalIgnoreCase);
            if (i > 0) return (v[..i].Trim(), v[(i + sep.Length)..].Trim());
        }
        return null;
    }

    /// <summary>Splits "Sat, Sun and Mon" into words on the given separators.</summary>
    internal static IEnumerable<string> Words(string value, params string[] separators)
    {
        var v = " " + value + " ";
        foreach (var s in separators) v = v.Replace(s.Length > 1 ? $" {s} " : s, " | ", StringComparison.OrdinalIgnoreCase);
        return v.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>"25 Dec 2026 (Christmas)" or "25 Dec 2026 - Christmas" → "25 Dec 2026".</summary>
    private static string StripLabel(string value)
    {
        var v = value;
        var paren = v.IndexOf('(', StringComparison.Ordinal);
        if (paren > 0) v = v[..paren];
        var dash = v.IndexOf(" - ", StringComparison.Ordinal);
        if (dash > 0) v = v[..dash];
        return v.Trim();
    }
}
