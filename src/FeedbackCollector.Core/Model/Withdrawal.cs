namespace FeedbackCollector.Core.Model;

/// <summary>
/// A sale or booking taken back (refund, void, cancellation) before or after its ask. It names the visit the
/// same way the sale did (source + source id), so it lands on the same ask id.
/// </summary>
/// <param name="CustomerId">The customer when the withdrawal carries a contact; null when it does not (a Shopify
/// refund, a Square refund), and the ask is then found by its id among the open asks.</param>
/// <param name="Reason">What happened, in a word or two: "refund", "void", "cancelled order", "cancelled booking".</param>
public sealed record Withdrawal(string Source, string SourceId, string? CustomerId, string Reason)
{
    public string AskId => Model.AskId.ForVisit(Source, SourceId);
}
