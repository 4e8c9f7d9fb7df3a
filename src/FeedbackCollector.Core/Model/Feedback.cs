namespace FeedbackCollector.Core.Model;

/// <summary>How an answer came: a star tap on the page, a written email reply, or a written SMS reply.</summary>
public enum Channel { Tap, Email, Sms }

public enum Bucket { Happy, Unhappy, Unclear }

/// <summary>One row per answer (fc-feedback). Key: (CustomerId, AskId). The first one wins.</summary>
/// <param name="Raw">The stars ("4") or the customer's extracted words.</param>
/// <param name="Reason">Why the bucket, e.g. "4 stars" or "text: unhappy 0.93".</param>
/// <param name="RawKey">Where the raw input of a written reply is kept (the MIME's blob key, or the provider's message
/// id of an SMS); null for a tap.
/// A redelivered reply is recognised by it.</param>
public sealed record Feedback(
    string CustomerId,
    string AskId,
    DateTimeOffset ReceivedAt,
    Channel Channel,
    string Raw,
    Bucket Bucket,
    string Reason,
    string? RawKey = null);
