namespace FeedbackCollector.Core.Model;

public enum AskStatus { Pending, Sent, Answered, Closed }

/// <summary>One row per ask (fc-state). Key: (CustomerId, AskId).</summary>
public sealed record Ask(
    string CustomerId,
    string AskId,
    Customer Customer,
    string VisitType,
    DateTimeOffset VisitEndedAt,
    DateTimeOffset SendAt,
    AskStatus Status,
    DateTimeOffset? SentAt = null,
    DateTimeOffset? FollowUpSentAt = null,
    string? ScheduleName = null,
    string? LastError = null);
