using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Sweeps;

namespace FeedbackCollector.Web.Owner;

/// <summary>Everything the owner page shows, filled by the host from its stores (newest first).</summary>
public sealed record OwnerView(
    string BusinessName,
    IReadOnlyList<Ask> RecentAsks,
    IReadOnlyList<Feedback> RecentAnswers,
    IReadOnlyList<UnclearItem> Unclear,
    IReadOnlyList<OutboxItem> Outbox)
{
    /// <summary>The business's IANA timezone (rules.txt Timezone): every time on the page is shown in it.</summary>
    public string TimeZone { get; init; } = "UTC";

    /// <summary>Complaints still open, then the recently resolved ones.</summary>
    public IReadOnlyList<ComplaintItem> Complaints { get; init; } = [];

    /// <summary>The figures the charts draw; null draws none.</summary>
    public OwnerChartData? Charts { get; init; }
}

/// <summary>An answer waiting for a human: the unclear queue.</summary>
public sealed record UnclearItem(string CustomerId, string AskId, string FirstName, DateTimeOffset ReceivedAt, string Text, string Reason);

/// <summary>An unhappy answer: open until the owner marks it resolved.</summary>
/// <param name="Said">The customer's words or stars, as plain text.</param>
public sealed record ComplaintItem(string CustomerId, string AskId, string FirstName, string VisitType, DateTimeOffset OpenedAt,
    string Said, DateTimeOffset? ResolvedAt);

/// <summary>One email in the local outbox (an .eml file), newest first.</summary>
public sealed record OutboxItem(string Name, string To, string Subject, DateTimeOffset CreatedAt);

public enum OwnerAction { MarkHappy, MarkUnhappy, Dismiss, Resolve }

/// <summary>One click on the owner page; ByUser is recorded in the audit row.</summary>
public sealed record OwnerDecision(string CustomerId, string AskId, OwnerAction Action, string ByUser);

/// <summary>The owner's side of the flow: what the page shows and what its buttons do.</summary>
public interface IOwnerConsole
{
    Task<OwnerView> LoadAsync(CancellationToken ct = default);

    /// <summary>Applies the decision (audit with ByUser); false when the item was no longer waiting for it.</summary>
    Task<bool> DecideAsync(OwnerDecision decision, CancellationToken ct = default);

    /// <summary>When the owner last signed out everywhere (a session started before it is over); null when never.</summary>
    Task<DateTimeOffset?> SessionsEndedAtAsync(CancellationToken ct = default);

    /// <summary>Ends every owner-page session started until now, this one too; kept where every instance reads it.</summary>
    Task EndSessionsAsync(CancellationToken ct = default);
}
