using System.Globalization;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Rules;

namespace FeedbackCollector.Core.Routing;

/// <summary>Turns an answer into a bucket by the owner's rules. Pure: the reason says which rule decided.</summary>
public static class Router
{
    public const int MinStars = 1;
    public const int MaxStars = 5;

    /// <summary>Stars ≥ HappyFrom are happy, ≤ UnhappyTo unhappy, anything between unclear.</summary>
    public static RoutingDecision ForStars(int stars, BusinessRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentOutOfRangeException.ThrowIfLessThan(stars, MinStars);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(stars, MaxStars);
        var bucket = stars >= rules.Stars.HappyFrom ? Bucket.Happy
            : stars <= rules.Stars.UnhappyTo ? Bucket.Unhappy
            : Bucket.Unclear;
        return new RoutingDecision(bucket, stars == 1 ? "1 star" : $"{stars.ToString(CultureInfo.InvariantCulture)} stars");
    }

    /// <summary>A classifier reading below the confidence threshold is unclear, so a human looks.</summary>
    public static RoutingDecision ForText(MoodReading reading, BusinessRules rules)
    {
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(rules);
        var said = $"text: {Name(reading.Mood)} {Number(reading.Confidence)}";
        // NaN fails every comparison, so it lands in the "below" branch: an unreadable score is unclear.
        if (!(reading.Confidence >= rules.ConfidenceThreshold))
        {
            return new RoutingDecision(Bucket.Unclear, $"{said} below {Number(rules.ConfidenceThreshold)}");
        }
        var bucket = reading.Mood switch
        {
            Mood.Happy => Bucket.Happy,
            Mood.Unhappy => Bucket.Unhappy,
            _ => Bucket.Unclear,
        };
        return new RoutingDecision(bucket, said);
    }

    /// <summary>The classifier could not answer: the words are kept and a human reads them.</summary>
    public static RoutingDecision ClassifierUnavailable(string why) =>
        new(Bucket.Unclear, $"text: classifier unavailable ({why})");

    private static string Name(Mood mood) => mood switch
    {
        Mood.Happy => "happy",
        Mood.Unhappy => "unhappy",
        _ => "unclear",
    };

    private static string Number(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
