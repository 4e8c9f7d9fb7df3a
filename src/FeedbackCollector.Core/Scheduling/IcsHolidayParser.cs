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
    public const int MaxDepth = 8;

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
        private readonly Stack<(string Name, int Line)> _open = new();
        private readonly HashSet<DateOnly> _dates = [];
        private IcsEventDraft? _current;
        private bool _sawCalendar;
        private bool _stopped;
        private int _junkLines;
        private int _events;

        public IReadOnlyList<DateOnly> Dates => [.. _dates.Order()];

        public bool Accept(IcsContentLine line)
        {
            if (!_sawCalendar && !(line.Name == "BEGIN" && line.Value.Equals("VCALENDAR", StringComparison.OrdinalIgnoreCase)))
            {
                return Error(line.Line, "this is not an iCalendar file (it should start with BEGIN:VCALENDAR)");
            }
            if (!line.IsContentLine)
            {
                // Warn about the first few only: one stray blob should not bury the real problems.
                return ++_junkLines > 5 || Warn(line.Line, "this line is not an iCalendar property (NAME:value); ignored");
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
            if (_stopped) return;
            if (!_sawCalendar) Error(1, "this is not an iCalendar file (there is no BEGIN:VCALENDAR)");
            else if (_open.Count > 0) Error(_open.Peek().Line, $"BEGIN:{_open.Peek().Name} is never closed (is the file cut short?)");
            else if (_events == 0) Warn(1, "the calendar has no events (VEVENT), so it adds no holidays");
        }

        private bool Begin(IcsContentLine line)
        {
            var name = IcsContentLine.Clip(line.Value).ToUpperInvariant();
            if (_open.Count >= MaxDepth) return Error(line.Line, $"components are nested more than {MaxDepth} deep");
            _sawCalendar |= name == "VCALENDAR";
            if (name == "VEVENT" && _open.Count == 1 && _open.Peek().Name == "VCALENDAR")
            {
                if (++_events > MaxEvents) return Error(line.Line, $"more than {MaxEvents} events; is this really a holiday calendar?");
                _current = new IcsEventDraft(line.Line, fileName);
            }
            _open.Push((name, line.Line));
            return true;
        }

        private bool End(IcsContentLine line)
        {
            var name = line.Value.ToUpperInvariant();
            if (_open.Count == 0 || _open.Peek().Name != name)
            {
                var expected = _open.Count == 0 ? "nothing is open" : $"BEGIN:{_open.Peek().Name} on line {_open.Peek().Line} is still open";
                return Error(line.Line, $"END:{IcsContentLine.Clip(line.Value)} does not match: {expected}");
            }
            _open.Pop();
            if (name == "VEVENT" && _current is not null) return Complete(_current);
            return true;
        }

        private bool Property(IcsContentLine line)
        {
            if (_current is not null && _open.Count > 0 && _open.Peek().Name == "VEVENT") _current.Add(line);
            return true;
        }

        private bool Complete(IcsEventDraft draft)
        {
            _current = null;
            foreach (var day in draft.Resolve(zone, toYear, problems)) _dates.Add(day.ToDateOnly());
            return _dates.Count <= MaxDates || Error(0, $"more than {MaxDates} holiday dates; is this really a holiday calendar?");
        }

        private bool Error(int line, string message)
        {
            problems.Add(new DocProblem(line, ProblemSeverity.Error, $"{fileName}: {message}"));
            _stopped = true;
            return false;
        }

        private bool Warn(int line, string message)
        {
            problems.Add(new DocProblem(line, ProblemSeverity.Warning, $"{fileName}: {message}"));
            return true;
        }
    }
}
