using FeedbackCollector.App;

namespace FeedbackCollector.Parity.Tests.Drivers;

/// <summary>Reads one ask's rows through a runtime's own stores, in the same words for both.</summary>
internal static class Rows
{
    public static async Task<RowsSeen> ReadAsync(IFlowAdapters a, string customerId, string askId, string email)
    {
        var ask = await a.Asks.GetAsync(customerId, askId);
        var feedback = await a.Feedback.GetAsync(customerId, askId);
        var audit = await a.Audit.ListForAskAsync(customerId, askId);
        return new RowsSeen(
            ask?.Status.ToString() ?? "none",
            ask?.FollowUpSentAt is not null,
            feedback is null ? "none" : $"{feedback.Channel} {feedback.Bucket} '{feedback.Reason}' raw-key:{(feedback.RawKey is null ? "no" : "yes")}",
            string.Join(" > ", audit.Select(e => $"{e.Move}{(e.Bucket is { } b ? "/" + b : "")}{(e.SentVia is { } via ? "@" + via : "")} by {e.ByUser}")),
            await a.Suppression.IsSuppressedAsync(email));
    }
}
