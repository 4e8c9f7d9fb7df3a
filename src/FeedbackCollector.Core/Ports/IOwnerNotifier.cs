namespace FeedbackCollector.Core.Ports;

/// <summary>A private note to the owner about an unhappy (or unclear) answer. Never carries the review link.</summary>
/// <param name="Text">Plain text; the adapter escapes it for its medium.</param>
/// <param name="ContactLinks">One-tap links such as tel:, sms:, mailto:.</param>
public sealed record OwnerPing(string CustomerId, string AskId, string Subject, string Text, IReadOnlyList<Uri> ContactLinks)
{
    /// <summary>Signed one-tap decisions on the collector's own pages (/o/{token}), e.g. "Mark resolved". Never a review link.</summary>
    public IReadOnlyList<DecisionLink> Decisions { get; init; } = [];

    /// <summary>The items of a digest, each with its own decisions, after <see cref="Text"/>.</summary>
    public IReadOnlyList<OwnerPingSection> Sections { get; init; } = [];
}

/// <summary>A one-tap owner decision: what the owner sees and the signed page that confirms it.</summary>
public sealed record DecisionLink(string Label, Uri Url);

/// <summary>One item of a digest: plain text (the adapter escapes it) and its decisions.</summary>
public sealed record OwnerPingSection(string Text, IReadOnlyList<DecisionLink> Decisions);

/// <summary>Reaches the owner privately (Slack DM, else email). Never throws for a delivery failure.</summary>
public interface IOwnerNotifier
{
    /// <summary>Returns how it was sent ("slack", "email") in ProviderId on success.</summary>
    Task<SendResult> NotifyAsync(OwnerPing ping, CancellationToken ct = default);
}
