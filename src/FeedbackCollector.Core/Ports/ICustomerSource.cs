using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Rules;

namespace FeedbackCollector.Core.Ports;

/// <summary>New visits since a cursor, with the rows that could not be read (line-numbered) kept apart.</summary>
public sealed record VisitBatch(IReadOnlyList<Visit> Visits, IReadOnlyList<DocProblem> Problems, string? NextCursor);

/// <summary>A source of finished visits: a CSV file, a Google Sheet, a Google Calendar.</summary>
public interface ICustomerSource
{
    /// <summary>Visits after the cursor (null: from the start). Malformed rows are reported, not thrown.</summary>
    Task<VisitBatch> ReadSinceAsync(string? cursor, CancellationToken ct = default);
}
