using FeedbackCollector.Core.Model;

namespace FeedbackCollector.Web.Owner;

/// <summary>Everything the owner page shows, filled by the host from its stores (newest first).</summary>
public sealed record OwnerView(
    string BusinessName,
    IReadOnlyList<Ask> RecentAsks,
    IReadOnlyList<Feedback> RecentAnswers,
    IReadOnlyList<UnclearItem> Unclear,
    IReadOnlyList<OutboxItem> Outbox);

/// <summary>An answer waiting for a human: the unclear queue.</summary>
public sealed record UnclearItem(string CustomerId, string AskId, string FirstName, DateTimeOffset ReceivedAt, string Text, string Reason);

/// <summary>One email in the local outbox (an .eml file), newest first.</summary>
public sealed record OutboxItem(string Name, string To, string Subject, DateTimeOffset CreatedAt);

public enum OwnerAction { MarkHappy, MarkUnhappy, Dismiss }

/// <summary>One click in the unclear queue; ByUser is recorded in the audit row.</summary>
public sealed record OwnerDecision(string CustomerId, string AskId, OwnerAction Action, string ByUser);

/// <summary>The owner's side of the flow: what the page shows and what its buttons do.</summary>
public interface IOwnerConsole
{
    Task<OwnerView> LoadAsync(CancellationToken ct = default);

    /// <summary>Applies the decision (audit with ByUser); false when the item was no longer in the queue.</summary>
    Task<bool> DecideAsync(OwnerDecision decision, CancellationToken ct = default);
}
