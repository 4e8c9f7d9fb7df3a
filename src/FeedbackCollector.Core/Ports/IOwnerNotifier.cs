namespace FeedbackCollector.Core.Ports;

/// <summary>A private note to the owner about an unhappy (or unclear) answer. Never carries the review link.</summary>
/// <param name="Text">Plain text; the adapter escapes it for its medium.</param>
/// <param name="ContactLinks">One-tap links such as tel:, sms:, mailto:.</param>
public sealed record OwnerPing(string CustomerId, string AskId, string Subject, string Text, IReadOnlyList<Uri> ContactLinks);

/// <summary>Reaches the owner privately (Slack DM, else email). Never throws for a delivery failure.</summary>
public interface IOwnerNotifier
{
    /// <summary>Returns how it was sent ("slack", "email") in ProviderId on success.</summary>
    Task<SendResult> NotifyAsync(OwnerPing ping, CancellationToken ct = default);
}
