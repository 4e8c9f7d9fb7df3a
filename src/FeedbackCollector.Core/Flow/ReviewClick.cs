using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Tokens;

namespace FeedbackCollector.Core.Flow;

/// <summary>
/// The review redirect ({base}/r/{token}): counts the click in the audit log (Move.ReviewClick, for the
/// monthly summary) and says where to send the browser. A click is not a rating, so a GET may count
/// it; the count may include mail scanners, which the summary accepts.
/// </summary>
public sealed class ReviewClick(IAskStore asks, IAuditLog audit, OwnerDocs docs, AskTokens tokens, TimeProvider time)
{
    /// <summary>The owner's review page, or null when the token or the ask is not valid, no link is set, or no nudge was sent for this ask.</summary>
    public async Task<Uri?> RunAsync(string token, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var check = tokens.Verify(token ?? "", now, TokenPurpose.Review);
        // The review page is public anyway; an expired but genuine link still forwards.
        if (check.Status is not (TokenStatus.Valid or TokenStatus.Expired)) return null;
        var ask = await asks.GetAsync(check.CustomerId!, check.AskId!, ct);
        var links = (await docs.LoadAsync(ct)).Rules.ReviewLinks;
        if (ask is null || links.Count == 0) return null;
        // Only an ask that was sent the nudge forwards: under "happy-only" an unhappy customer's star token must not reach the review page.
        var entries = await audit.ListForAskAsync(ask.CustomerId, ask.AskId, ct);
        if (!entries.Any(e => e.Move == Move.ReviewNudge && e.SentVia is not null)) return null;
        await audit.AppendAsync(new AuditEntry(ask.CustomerId, now, ask.AskId, null, Move.ReviewClick, "page",
            CollectorSettings.SystemUser), ct);
        return links[0].Url;
    }
}
