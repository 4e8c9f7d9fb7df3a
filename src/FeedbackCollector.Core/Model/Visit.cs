namespace FeedbackCollector.Core.Model;

/// <summary>A finished visit from any source (POS webhook, calendar, sheet row, CSV row).</summary>
/// <param name="Source">Where it came from, e.g. "shopify", "square", "calendar", "sheet", "csv".</param>
/// <param name="SourceId">The source's own id for the visit (order id, event id, row key).</param>
public sealed record Visit(
    string Source,
    string SourceId,
    Customer Customer,
    string VisitType,
    DateTimeOffset EndedAt)
{
    /// <summary>The ask id this visit maps to; the same visit always gives the same id.</summary>
    public string AskId => Model.AskId.ForVisit(Source, SourceId);

    /// <summary>The customer refused being asked (<see cref="Consent.Refuses"/> of the source's consent value): the
    /// visit is recorded and closed, never scheduled.</summary>
    public bool ConsentRefused { get; init; }
}

/// <summary>Who to ask. CustomerId is stable per person (normally derived from email or phone).</summary>
public sealed record Customer(string CustomerId, string FirstName, string? Email, string? Phone);
