using FeedbackCollector.Core.Rules;
using NodaTime;

namespace FeedbackCollector.Core.Scheduling;

internal sealed record IcsParseResult(IReadOnlyList<DateOnly> Dates, IReadOnlyList<DocProblem> Problems);

/// <summary>
/// A small, tolerant reader of holiday calendars (RFC 5545): it takes the dates of every VEVENT and
/// ignores what it does not need (VTIMEZONE, VALARM, X- properties). It never throws; problems
/// carry the file's line numbers, and size, event and date counts are capped.
/// </summary>
internal static class IcsHolidayParser
{
    public const int MaxChars = 2_000_000;
    public const int MaxEvents = 5_000;
    public const int MaxDates = 20_000;

    public static IcsParseResult Parse(string fileName, string text, string? timeZone, int toYear)
    {
        var problems = new List<DocProblem>();
        if (text.Length > MaxChars)
        {
            return Failed(problems, 0, $"{fileName}: the file is larger than {MaxChars / 1_000_000} MB; is it really a holiday calendar?");
        }
        var zone = timeZone is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZone);
        var state = new ReadState(fileName, zone, toYear, problems);
        // A byte-order mark is common in files saved on Windows and would hide the first BEGIN.
        foreach (var line in IcsContentLine.Read(text.TrimStart('\uFEFF')))
        {
            if (!state.Accept(line)) break;
        }
        state.Finish();
        return new IcsParseResult(state.Dates, problems);
    }

    private static IcsParseResult Failed(List<DocProblem> problems, int line, string message)
    {
        problems.Add(new DocProblem(line, ProblemSeverity.Error, message));
        return new IcsParseResult([], problems);
    }

    /// <summary>The component nesting and the event being read; Accept returns false to stop reading.</summary>
    private sealed class ReadState(string fileName, DateTimeZone? zone, int toYear, List<DocProblem> problems)
    {
        private readonly Stack<(string Name, int Line)> open = new();
        private readonly HashSet<DateOnly> dates = [];
        private IcsEventDraft? current;
        private bool sawCalendar;
        private bool stopped;
        private int junkLines;
        private int events;

        public IReadOnlyList<DateOnly> Dates => [.. dates.Order()];

        public bool Accept(IcsContentLine line)
        {
            if (!sawCalendar && !(line.Name == "BEGIN" && line.Value.Equals("VCALENDAR", StringComparison.OrdinalIgnoreCase)))
            {
                return Error(line.Line, "this is not an iCalendar file (it should start with BEGIN:VCALENDAR)");
            }
            if (!line.IsContentLine)
            {
                // Warn about the first few only: one stray blob should not bury the real problems.
                return ++junkLines > 5 || Warn(line.Line, "this line is not an iCalendar property (NAME:value); ignored");
            }
            return line.Name switch
            {
                "BEGIN" => Begin(line),
                "END" => End(line),
                _ => Property(line),
            };
        }

        public void Finish()
        {
            if (stopped) return;
            if (!sawCalendar) Error(1, "this is not an iCalendar file (there is no BEGIN:VCALENDAR)");
            else if (open.Count > 0) Error(open.Peek().Line, $"BEGIN:{open.Peek().Name} is never closed (is the file cut short?)");
            else if (events == 0) Warn(1, "the calendar has no events (VEVENT), so it adds no holidays");
        }

        private bool Begin(IcsContentLine line)
        {
            var name = line.Value.ToUpperInvariant();
            sawCalendar |= name == "VCALENDAR";
            if (name == "VEVENT" && open.Count == 1 && open.Peek().Name == "VCALENDAR")
            {
                if (++events > MaxEvents) return Error(line.Line, $"more than {MaxEvents} events; is this really a holiday calendar?");
                current = new IcsEventDraft(line.Line, fileName);
            }
            open.Push((name, line.Line));
            return true;
        }

        private bool End(IcsContentLine line)
        {
            var name = line.Value.ToUpperInvariant();
            if (open.Count == 0 || open.Peek().Name != name)
            {
                var expected = open.Count == 0 ? "nothing is open" : $"BEGIN:{open.Peek().Name} on line {open.Peek().Line} is still open";
                return Error(line.Line, $"END:{line.Value} does not match: {expected}");
            }
            open.Pop();
            if (name == "VEVENT" && current is not null) return Complete(current);
            return true;
        }

        private bool Property(IcsContentLine line)
        {
            if (current is not null && open.Count > 0 && open.Peek().Name == "VEVENT") current.Add(line);
            return true;
        }

        private bool Complete(IcsEventDraft draft)
        {
            current = null;
            foreach (var day in draft.Resolve(zone, toYear, problems)) dates.Add(day.ToDateOnly());
            return dates.Count <= MaxDates || Error(0, $"more than {MaxDates} holiday dates; is this really a holiday calendar?");
        }

        private bool Error(int line, string message)
        {
            problems.Add(new DocProblem(line, ProblemSeverity.Error, $"{fileName}: {message}"));
            stopped = true;
            return false;
        }

        private bool Warn(int line, string message)
        {
            problems.Add(new DocProblem(line, ProblemSeverity.Warning, $"{fileName}: {message}"));
            return true;
        }
    }
}
