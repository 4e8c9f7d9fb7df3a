using FeedbackCollector.Core.Model;
using FeedbackCollector.Testing.Fakes;

namespace FeedbackCollector.Parity.Tests.Drivers;

/// <summary>What both drivers share: the clock's start, the owner's docs, the customer, the scripted classifier readings.</summary>
public static class ParityWorld
{
    /// <summary>Monday 2 Nov 2026, 09:00 in Singapore: a visit's ask falls inside opening hours.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 2, 1, 0, 0, TimeSpan.Zero);

    public const string PublicBaseUrl = "https://fc.example.com";
    public const string ReplyDomain = "reply.example.com";
    public const string BusinessName = "Mei's Salon";
    public const string CustomerEmail = "dana@example.org";
    public const string GoogleReview = "https://g.page/r/MeisSalon/review";
    public const string FacebookReview = "https://www.facebook.com/meissalon/reviews";

    public const string HappyWords = "Loved the haircut, thank you so much!";
    public const string UnhappyWords = "The colour came out patchy and nobody listened.";
    public const string UnclearWords = "It was a haircut.";

    public static string Rules(bool everyone) => $"""
        Business: {BusinessName}
        Timezone: Asia/Singapore
        Quiet hours: 9pm to 9am
        Wait after haircut: 2 hours
        Follow up after: 3 days of silence
        Happy stars: 4 to 5
        Unhappy stars: 1 to 2
        Classifier confidence: 70%
        Review link: Google {GoogleReview}
        Review link: Facebook {FacebookReview}
        Review link goes to: {(everyone ? "everyone" : "happy customers only")}
        Links expire after: 30 days
        """;

    public const string Voice = """
        Thank you (happy): Thanks, {first_name}! See you again at {business}.
        Thank you (unhappy): Sorry, {first_name}. The owner of {business} will call you.
        Thank you (unclear): Thank you, {first_name}. We've passed your words on.
        """;

    public static Customer Customer { get; } = new(AskId.ForCustomer(CustomerEmail, null), "Dana", CustomerEmail, null);

    public static Visit Visit(string sourceId = "visit-1") =>
        new("square", sourceId, Customer, "haircut", Start.AddHours(-1));

    public static string AskIdOf(string sourceId = "visit-1") => AskId.ForVisit("square", sourceId);

    /// <summary>The same readings on both runtimes (Bedrock is not run).</summary>
    public static FakeMoodClassifier Classifier() => new FakeMoodClassifier()
        .When(HappyWords, Mood.Happy, 0.95)
        .When(UnhappyWords, Mood.Unhappy, 0.92)
        .When(UnclearWords, Mood.Happy, 0.40);
}
