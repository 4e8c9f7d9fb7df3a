namespace FeedbackCollector.Core.Rules;

/// <summary>The rules as the parser fills them in line by line; built into a <see cref="BusinessRules"/> at the end.</summary>
internal sealed class RulesDraft
{
    private static readonly BusinessRules Defaults = new();

    public BusinessRules Rules { get; set; } = Defaults;
    public Dictionary<string, TimeSpan> Waits { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, int> WaitLines { get; } = new(StringComparer.OrdinalIgnoreCase);
    public List<ReviewLink> ReviewLinks { get; } = [];
    public List<string> CalendarFiles { get; } = [];
    public HashSet<DateOnly> HolidayDates { get; } = [];

    /// <summary>Happy range as written ("4 to 5"): From..To, and the line it came from.</summary>
    public (int From, int To, int Line)? Happy { get; set; }
    public (int From, int To, int Line)? Unhappy { get; set; }

    public BusinessRules Build() => Rules with
    {
        WaitByVisitType = new Dictionary<string, TimeSpan>(Waits, StringComparer.OrdinalIgnoreCase),
        ReviewLinks = [.. ReviewLinks],
        Holidays = Rules.Holidays with { CalendarFiles = [.. CalendarFiles], Dates = new HashSet<DateOnly>(HolidayDates) },
        Stars = new StarThresholds(Happy?.From ?? Defaults.Stars.HappyFrom, Unhappy?.To ?? Defaults.Stars.UnhappyTo),
    };
}
