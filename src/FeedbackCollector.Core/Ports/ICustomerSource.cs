using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Rules;

namespace FeedbackCollector.Core.Ports;

/// <summary>New visits since a cursor, with the rows that could not be read (line-numbered) kept apart.</summary>
/// <param name="Withdrawals">Visits the source has taken back since the cursor (a cancelled or deleted booking), named as
/// the visit was, so each lands on the ask it planned; null when the source has none to report.</param>
public sealed record VisitBatch(IReadOnlyList<Visit> Visits, IReadOnlyList<DocProblem> Problems, string? NextCursor,
    IReadOnlyList<Withdrawal>? Withdrawals = null);

/// <summary>A source of finished visits: a CSV file, a Google Sheet, a Google Calendar.</summary>
public interface ICustomerSource
{
    /// <summary>Visits after the cursor (null: from the start). Malformed rows are reported, not thrown.</summary>
    Task<VisitBatch> ReadSinceAsync(string? cursor, CancellationToken ct = default);
}
