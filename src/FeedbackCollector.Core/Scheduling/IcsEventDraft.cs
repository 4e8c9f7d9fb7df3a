using System.Text.RegularExpressions;
using FeedbackCollector.Core.Rules;
using NodaTime;

namespace FeedbackCollector.Core.Scheduling;

/// <summary>The properties of one VEVENT as read, turned into the dates it covers once END:VEVENT is seen.</summary>
internal sealed partial class IcsEventDraft(int beginLine, string fileName)
{
    /// <summary>A holiday longer than a year is almost certainly a wrong DTEND.</summary>
    public const int MaxDaysPerEvent = 366;

    private IcsContentLine? _start, _end, _duration, _recurrence;
    private bool _cancelled;
    private string _summary = "";

    public void Add(IcsContentLine line)
    {
        switch (line.Name)
        {
            case "DTSTART": _start = line; break;
            case "DTEND": _end = line; break;
            case "DURATION": _duration = line; break;
            case "RRULE": _recurrence = line; break;
            case "SUMMARY": _summary = IcsContentLine.Clip(line.Value); break;
            case "STATUS": _cancelled = string.Equals(line.Value, "CANCELLED", StringComparison.OrdinalIgnoreCase); break;
        }
    }

    /// <summary>The covered dates (first occurrence and yearly repeats up to <paramref name="toYear"/>), or problems.</summary>
    public IReadOnlyList<LocalDate> Resolve(DateTimeZone? zone, int toYear, List<DocProblem> problems)
    {
        if (_cancelled) return [];
        if (_start is null) return Fail(problems, beginLine, $"the event \"{_summary}\" has no DTSTART, so its date is unknown");
        if (IcsDateValue.Parse(_start, zone) is not { } first) return Fail(problems, _start.Line, NotADate("DTSTART", _start.Value));
        var days = CoveredDays(first, zone, problems);
        if (days is null) return [];
        if (_recurrence is null) return days;
        return IcsRecurrence.ExpandYearly(days, _recurrence, toYear, problems, fileName);
    }

    private List<LocalDate>? CoveredDays(IcsDateValue first, DateTimeZone? zone, List<DocProblem> problems)
    {
        var last = EndOf(first, zone, problems, out var failed);
        if (failed) return null;
        if (last is { } stop && stop.Local < first.Local)
        {
            Fail(problems, _end?.Line ?? beginLine, $"the event \"{_summary}\" ends (DTEND) before it starts (DTSTART)");
            return null;
        }
        // DTEND is exclusive: an all-day event ending on the 3rd covers up to the 2nd; a timed one ending at midnight too.
        var lastDay = last is not { } e || e.Local == first.Local ? first.Date
            : first.IsDate || e.Local.TimeOfDay == LocalTime.Midnight ? e.Date.PlusDays(-1) : e.Date;
        if (lastDay < first.Date) lastDay = first.Date;
        var count = Period.Between(first.Date, lastDay, PeriodUnits.Days).Days + 1;
        if (count > MaxDaysPerEvent)
        {
            Fail(problems, (_end ?? _duration)?.Line ?? beginLine, $"the event \"{_summary}\" lasts {count} days; the most is {MaxDaysPerEvent} (is DTEND right?)");
            return null;
        }
        return [.. Enumerable.Range(0, count).Select(first.Date.PlusDays)];
    }

    private IcsDateValue? EndOf(IcsDateValue first, DateTimeZone? zone, List<DocProblem> problems, out bool failed)
    {
        failed = false;
        if (_end is not null)
        {
            var parsed = IcsDateValue.Parse(_end, zone);
            if (parsed is null) { failed = true; Fail(problems, _end.Line, NotADate("DTEND", _end.Value)); }
            return parsed;
        }
        if (_duration is null) return null;
        var period = ParseDuration(_duration.Value);
        if (period is null)
        {
            failed = true;
            Fail(problems, _duration.Line, $"DURATION \"{IcsContentLine.Clip(_duration.Value)}\" is not a duration such as P1D or PT8H");
            return null;
        }
        return first with { Local = first.Local.Plus(period) };
    }

    private static Period? ParseDuration(string text)
    {
        var match = DurationRegex().Match(text);
        if (!match.Success || text.Length > 40) return null;
        int Part(string name) => match.Groups[name].Success ? int.Parse(match.Groups[name].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        return new PeriodBuilder { Weeks = Part("w"), Days = Part("d"), Hours = Part("h"), Minutes = Part("m"), Seconds = Part("s") }.Build();
    }

    private static string NotADate(string property, string value) =>
        $"{property} \"{IcsContentLine.Clip(value)}\" is not a date (YYYYMMDD) or a date-time (YYYYMMDDTHHMMSS)";

    private List<LocalDate> Fail(List<DocProblem> problems, int line, string message)
    {
        problems.Add(new DocProblem(line, ProblemSeverity.Error, $"{fileName}: {message}"));
        return [];
    }

    [GeneratedRegex(@"^\+?P(?:(?<w>\d{1,4})W)?(?:(?<d>\d{1,4})D)?(?:T(?:(?<h>\d{1,5})H)?(?:(?<m>\d{1,6})M)?(?:(?<s>\d{1,7})S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationRegex();
}
