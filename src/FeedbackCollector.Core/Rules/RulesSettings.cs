namespace FeedbackCollector.Core.Rules;

/// <summary>One line being read: where it is, what it says, and where its value and problems go.</summary>
internal sealed record RulesLine(int Number, string Key, string Value, RulesDraft Draft, ProblemList Problems)
{
    public void Error(string message) => Problems.Error(Number, message);
    public void Warn(string message) => Problems.Warn(Number, message);
}

/// <summary>A setting rules.txt knows: its display name, the spellings an owner may use, and how to read it.</summary>
internal sealed record RulesSetting(string Name, string[] Aliases, bool Multi, string Example, Action<RulesLine> Read);

/// <summary>The table of every rules.txt setting. Keys are matched after <see cref="DocText.NormalizeKey"/>.</summary>
internal static class RulesSettings
{
    public static readonly RulesSetting Wait = new("Wait after", ["wait", "wait after", "wait time"], true,
        "\"Wait after haircut: 3 hours\"", RulesReaders.Wait);

    private static readonly RulesSetting[] All =
    [
        new("Business", ["business", "business name", "name"], false, "\"Business: Kim's Salon\"", RulesReaders.Business),
        new("Timezone", ["timezone", "time zone", "tz"], false, "\"Timezone: Asia/Singapore\"", RulesReaders.TimeZone),
        new("Quiet hours", ["quiet hours", "quiet time", "no messages"], false, "\"Quiet hours: 9pm to 9am\"", RulesReaders.QuietHours),
        new("Closed on", ["closed on", "closed", "closed days", "days closed"], false, "\"Closed on: Sunday\"", RulesReaders.ClosedOn),
        new("Holidays", ["holidays", "public holidays", "holiday country", "holidays from"], false, "\"Holidays: US\" or \"Holidays: none\"", RulesReaders.HolidayCountry),
        new("Holiday calendar", ["holiday calendar", "holiday calendars", "holiday file", "holidays file", "holiday ics"], true, "\"Holiday calendar: sg-holidays-2026.ics\"", RulesReaders.HolidayCalendar),
        new("Holiday", ["holiday", "holiday date", "closed for holiday", "extra holiday"], true, "\"Holiday: 25 Dec 2026\"", RulesReaders.HolidayDate),
        new("Ask at most", ["ask at most", "ask no more than", "ask cap", "ask limit"], false, "\"Ask at most: once every 90 days\"", RulesReaders.AskCap),
        new("Follow up after", ["follow up after", "follow up", "follow ups", "reminder after", "remind after"], false, "\"Follow up after: 3 days of silence\" or \"Follow up: never\"", RulesReaders.FollowUp),
        new("Happy stars", ["happy stars", "happy", "happy star"], false, "\"Happy stars: 4 to 5\"", RulesReaders.HappyStars),
        new("Unhappy stars", ["unhappy stars", "unhappy", "unhappy star"], false, "\"Unhappy stars: 1 to 2\"", RulesReaders.UnhappyStars),
        new("Classifier confidence", ["classifier confidence", "confidence", "confidence threshold", "classifier threshold"], false, "\"Classifier confidence: 70%\"", RulesReaders.Confidence),
        new("Review link", ["review link", "review links", "review", "review page"], true, "\"Review link: Google https://g.page/r/your-place/review\"", RulesLinkReaders.ReviewLink),
        new("Review link goes to", ["review link goes to", "review links go to", "review link policy", "show review link to", "review link for"], false, "\"Review link goes to: happy customers only\" or \"Review link goes to: everyone\"", RulesLinkReaders.Policy),
        new("Links expire after", ["links expire after", "links expire", "link lifetime", "links last", "star links expire after"], false, "\"Links expire after: 30 days\"", RulesLinkReaders.TokenLifetime),
        new("Owner Slack", ["owner slack", "slack", "owner slack id", "slack user"], false, "\"Owner Slack: U0123ABC\"", RulesLinkReaders.OwnerSlack),
        new("Owner email", ["owner email", "owner e mail", "email", "owner mail"], false, "\"Owner email: kim@example.com\"", RulesLinkReaders.OwnerEmail),
        new("Owner phone", ["owner phone", "phone", "owner mobile", "owner number"], false, "\"Owner phone: +65 9123 4567\"", RulesLinkReaders.OwnerPhone),
        Wait,
    ];

    private static readonly Dictionary<string, RulesSetting> ByAlias = All
        .SelectMany(s => s.Aliases.Select(a => (a, s)))
        .ToDictionary(p => p.a, p => p.s, StringComparer.Ordinal);

    public static IEnumerable<string> AllNames => All.Select(s => s.Name).Concat(["Wait after anything else"]);

    public static RulesSetting? Find(string normalizedKey) =>
        ByAlias.TryGetValue(normalizedKey, out var s) ? s
        : normalizedKey.StartsWith("wait after ", StringComparison.Ordinal) || normalizedKey.StartsWith("wait for ", StringComparison.Ordinal) ? Wait
        : null;

    /// <summary>The setting a colon-less line starts with ("Timezone Asia/Singapore"), if any.</summary>
    public static RulesSetting? KnownPrefix(string normalizedLine) =>
        All.Where(s => s.Aliases.Any(a => a.Length > 3 && normalizedLine.StartsWith(a + " ", StringComparison.Ordinal)))
           .MaxBy(s => s.Name.Length);
}
