namespace FeedbackCollector.Core.Rules;

public enum ReviewLinkPolicy { HappyOnly, Everyone }

/// <summary>The owner's rules (rules.txt), parsed and validated. Defaults are the design's.</summary>
public sealed record BusinessRules
{
    public string BusinessName { get; init; } = "Our business";

    /// <summary>IANA zone id, e.g. "Asia/Singapore". Validated against NodaTime's TZDB by the parser.</summary>
    public string TimeZone { get; init; } = "Asia/Singapore";

    public QuietHours QuietHours { get; init; } = new(new TimeOnly(21, 0), new TimeOnly(9, 0));

    public IReadOnlySet<DayOfWeek> ClosedDays { get; init; } = new HashSet<DayOfWeek>();

    public HolidaySettings Holidays { get; init; } = new();

    /// <summary>Wait after the visit ends, per visit type (case-insensitive keys).</summary>
    public IReadOnlyDictionary<string, TimeSpan> WaitByVisitType { get; init; } =
        new Dictionary<string, TimeSpan>(StringComparer.OrdinalIgnoreCase);

    public TimeSpan DefaultWait { get; init; } = TimeSpan.FromHours(2);

    public AskCap AskCap { get; init; } = new(1, TimeSpan.FromDays(90));

    /// <summary>One gentle follow-up after this much silence; null means never follow up.</summary>
    public TimeSpan? FollowUpAfter { get; init; } = TimeSpan.FromDays(3);

    public StarThresholds Stars { get; init; } = new(HappyFrom: 4, UnhappyTo: 2);

    /// <summary>Below this classifier confidence a written reply is unclear (a human looks).</summary>
    public double ConfidenceThreshold { get; init; } = 0.7;

    public IReadOnlyList<ReviewLink> ReviewLinks { get; init; } = [];

    public ReviewLinkPolicy ReviewLinkPolicy { get; init; } = ReviewLinkPolicy.HappyOnly;

    public TimeSpan TokenLifetime { get; init; } = TimeSpan.FromDays(30);

    public OwnerContact Owner { get; init; } = new(null, null, null);

    public TimeSpan WaitFor(string visitType) =>
        WaitByVisitType.TryGetValue(visitType, out var wait) ? wait : DefaultWait;
}

/// <summary>No sends from Start (inclusive) to End (exclusive); may span midnight (21:00–09:00).</summary>
public sealed record QuietHours(TimeOnly Start, TimeOnly End)
{
    public bool Contains(TimeOnly t) =>
        Start == End ? false
        : Start < End ? t >= Start && t < End
        : t >= Start || t < End;
}

/// <summary>Where holidays come from: a country (PublicHoliday), .ics files (by blob name) and dates listed in the doc.</summary>
public sealed record HolidaySettings
{
    /// <summary>ISO 3166 alpha-2 code PublicHoliday covers (e.g. "US", "GB", "AU"), or null.</summary>
    public string? Country { get; init; }

    /// <summary>Names of .ics files in the rules blob store, e.g. "sg-holidays-2026.ics".</summary>
    public IReadOnlyList<string> CalendarFiles { get; init; } = [];

    public IReadOnlySet<DateOnly> Dates { get; init; } = new HashSet<DateOnly>();
}

/// <summary>At most MaxAsks asks per customer within Window.</summary>
public sealed record AskCap(int MaxAsks, TimeSpan Window);

/// <summary>Stars ≥ HappyFrom are happy, ≤ UnhappyTo unhappy, anything between unclear.</summary>
public sealed record StarThresholds(int HappyFrom, int UnhappyTo);

public sealed record ReviewLink(string Label, Uri Url);

/// <summary>How to reach the owner privately: a Slack user id, an email, a phone.</summary>
public sealed record OwnerContact(string? SlackUserId, string? Email, string? Phone);
