namespace FeedbackCollector.Cli.Demo;

/// <summary>One simulated customer: who, what visit, when it ended (local time on day 1), and what they will do.</summary>
/// <param name="Phone">Set for a customer the till knows only by phone number: no email, so asked by SMS.</param>
internal sealed record DemoCustomer(string Name, string VisitType, TimeOnly Ended, DemoAction Action, string? Words = null, int Stars = 0,
    string? Phone = null);

internal enum DemoAction { Tap, Reply, OutOfOffice, ScannerOnly, Silent }

/// <summary>The demo's sample business: Kim's Salon, from docs/rules.md and docs/voice.md, with a massage wait that lands in quiet hours.</summary>
internal static class DemoBusiness
{
    public const string OwnerEmail = "kim@kims-salon.example";

    public const string Rules = """
        # Kim's Salon (demo) — settings for the feedback collector
        Business: Kim's Salon
        Timezone: Asia/Singapore

        # When we never send messages
        Quiet hours: 9pm to 9am

        # How long after the visit we ask
        Wait after haircut: 3 hours
        Wait after colour: 1 day
        Wait after massage: 5 hours
        Wait after anything else: 2 hours

        Ask at most: once every 90 days
        Follow up after: 3 days of silence

        Happy stars: 4 to 5
        Unhappy stars: 1 to 2
        Classifier confidence: 70%

        Review link: Google https://g.page/r/CdKimsSalonSG/review
        Review link goes to: happy customers only
        Links expire after: 30 days

        Owner email: kim@kims-salon.example
        Owner phone: +65 9123 4567
        """;

    public const string Voice = """
        # Kim's Salon — our words
        Ask subject: How was your {visit_type} at {business} today?

        Ask text:
        Hi {first_name},

        Thank you for coming to {business} today! We'd love to know how your {visit_type} went.
        Tap a star below, or simply reply to this email — Kim reads every answer.

        Star prompt: How many stars would you give your {visit_type}?

        Follow-up subject: A quick tap for {business}?
        Follow-up text:
        Hi {first_name}, if you have a moment, tell us how your {visit_type} went.
        This is the only reminder we'll send.

        Nudge subject: Thank you so much, {first_name}!
        Nudge text:
        We're so happy you enjoyed your {visit_type}!
        Would you share that in a short review? It really helps a small salon like ours:
        {review_link}

        Thank you (happy): Thank you, {first_name}! See you next time at {business}.
        Thank you (unhappy):
        We're sorry, {first_name}. Kim will read your message personally and call you back within a day.
        Thank you (unclear): Thank you, {first_name}. We've passed your message to Kim.

        Owner ping:
        {first_name} was unhappy after a {visit_type} ({stars}).
        They said: "{message}"
        Reach them: {customer_contact}
        """;

    /// <summary>Day 1 is Monday 2 March 2026; the demo clock starts at 17:00 in Singapore.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 17, 0, 0, TimeSpan.FromHours(8));

    public static IReadOnlyList<DemoCustomer> Customers { get; } =
    [
        new("Ann", "haircut", new(14, 0), DemoAction.Tap, Stars: 5),
        new("Ben", "manicure", new(15, 30), DemoAction.Tap, "Lovely nails, thank you!", 4),
        new("Cat", "haircut", new(15, 0), DemoAction.Tap, "I waited 30 minutes past my booking.", 2),
        new("Dan", "manicure", new(16, 0), DemoAction.Tap, Stars: 1),
        new("Eve", "haircut", new(16, 45), DemoAction.Reply, "Absolutely loved my haircut, thank you so much! Best salon ever."),
        new("Fay", "massage", new(16, 30), DemoAction.Reply, "The massage was rushed and the room was cold. Very disappointed, I will not come back."),
        new("Gus", "massage", new(16, 50), DemoAction.Reply, "It was ok I suppose."),
        new("Hal", "haircut", new(15, 15), DemoAction.OutOfOffice, Stars: 5),
        new("Ivy", "colour", new(14, 30), DemoAction.Reply, "Love the colour, but the receptionist was rude and the wait was terrible."),
        new("Jo", "manicure", new(12, 0), DemoAction.ScannerOnly),
        new("Kai", "haircut", new(13, 0), DemoAction.Silent),
        new("Lu", "colour", new(15, 45), DemoAction.Tap, Stars: 5),
        new("Mo", "haircut", new(14, 45), DemoAction.Tap, Stars: 5, Phone: "+65 8123 4567"),
    ];

    public static string EmailOf(DemoCustomer c) => c.Name.ToLowerInvariant() + "@customers.example";
}
