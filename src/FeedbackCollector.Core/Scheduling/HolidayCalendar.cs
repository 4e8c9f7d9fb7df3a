using FeedbackCollector.Core.Rules;

namespace FeedbackCollector.Core.Scheduling;

/// <summary>The days the business does not want asks to go out, from every source the rules name.</summary>
public sealed class HolidayCalendar
{
    /// <summary>A country calendar covers at most this many years, so a typo cannot make a huge set.</summary>
    public const int MaxYears = 50;

    private readonly HashSet<DateOnly> _dates;

    private HolidayCalendar(IEnumerable<DateOnly> dates)
    {
        _dates = [.. dates];
        Dates = new System.Collections.ObjectModel.ReadOnlySet<DateOnly>(_dates);
    }

    public static HolidayCalendar Empty { get; } = new([]);

    /// <summary>Every holiday, for display (e.g. by the doctor command); the calendar itself never changes.</summary>
    public IReadOnlySet<DateOnly> Dates { get; }

    public bool IsHoliday(DateOnly date) => _dates.Contains(date);

    public static HolidayCalendar Of(IEnumerable<DateOnly> dates) => new(dates);

    /// <summary>Builds the calendar; date-times in .ics files that carry a UTC "Z" are read as UTC dates.</summary>
    public static DocParseResult<HolidayCalendar> Build(
        HolidaySettings settings, IReadOnlyDictionary<string, string> icsTextByFileName, int fromYear, int toYear) =>
        Build(settings, icsTextByFileName, fromYear, toYear, timeZone: null);

    /// <summary>
    /// Builds the calendar from a country (PublicHoliday), .ics texts by file name and listed dates.
    /// Problems in an .ics file carry that file's line numbers and name; problems with the country or
    /// a missing file are reported at line 0. Any error means no calendar.
    /// </summary>
    /// <param name="timeZone">The business's IANA zone, to place .ics date-times given in UTC on the right local date.</param>
    public static DocParseResult<HolidayCalendar> Build(
        HolidaySettings settings, IReadOnlyDictionary<string, string> icsTextByFileName, int fromYear, int toYear, string? timeZone)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(icsTextByFileName);
        if (toYear < fromYear || toYear - fromYear >= MaxYears)
        {
            throw new ArgumentOutOfRangeException(nameof(toYear), $"Give 1 to {MaxYears} years, from {fromYear}.");
        }
        var problems = new List<DocProblem>();
        var all = new HashSet<DateOnly>(settings.Dates);
        AddCountry(settings.Country, fromYear, toYear, all, problems);
        foreach (var name in settings.CalendarFiles)
        {
            var text = FindFile(icsTextByFileName, name);
            if (text is null)
            {
                problems.Add(new DocProblem(0, ProblemSeverity.Error, $"holiday calendar file \"{name}\" was not found"));
                continue;
            }
            var parsed = IcsHolidayParser.Parse(name, text, timeZone, toYear);
            problems.AddRange(parsed.Problems);
            all.UnionWith(parsed.Dates);
        }
        var ok = problems.All(p => p.Severity != ProblemSeverity.Error);
        return new DocParseResult<HolidayCalendar>(ok ? new HolidayCalendar(all) : null, problems);
    }

    private static void AddCountry(string? country, int fromYear, int toYear, HashSet<DateOnly> into, List<DocProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(country)) return;
        var calendar = CountryHolidays.For(country);
        if (calendar is null)
        {
            problems.Add(new DocProblem(0, ProblemSeverity.Error,
                $"holidays for country \"{country.Trim()}\" are not built in (Singapore isn't either); " +
                "list them in an .ics holiday file or as dates in the doc"));
            return;
        }
        into.UnionWith(CountryHolidays.Dates(calendar, fromYear, toYear));
    }

    private static string? FindFile(IReadOnlyDictionary<string, string> files, string name) =>
        files.TryGetValue(name, out var text)
            ? text
            : files.FirstOrDefault(f => string.Equals(f.Key, name.Trim(), StringComparison.OrdinalIgnoreCase)).Value;
}
