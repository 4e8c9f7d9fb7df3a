using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Sms;
using FeedbackCollector.Web.Sms;

namespace FeedbackCollector.App.Answers;

/// <summary>
/// A customer's text, on both runtimes: STOP, STOPALL, UNSUBSCRIBE, CANCEL, END or QUIT (any case, alone) suppresses
/// the number at once, so no follow-up or nudge is ever texted to it; any other text is a written reply to the
/// customer's latest sent ask and goes to the router like an email reply (first reply wins).
/// </summary>
public sealed class SmsReplies(FlowApp app) : ISmsInbox
{
    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT",
    };

    public async Task<string> AcceptAsync(InboundSmsMessage message, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var a = app.Adapters;
        if (!E164.IsValid(message.From)) return Logged(message, "unparsable");
        if (IsStop(message.Body))
        {
            await a.Suppression.AddAsync(message.From, "sms-stop", a.Time.GetUtcNow(), ct);
            return Logged(message, "suppressed-stop");
        }
        var customerId = AskId.ForCustomer(null, message.From);
        var ask = (await a.Asks.ListForCustomerAsync(customerId, ct))
            .Where(x => x.Status is AskStatus.Sent && x.Customer.Phone == message.From)
            .MaxBy(x => x.SentAt);
        if (ask is null) return Logged(message, "no-ask");
        await app.Handoff.RouteAsync(new ReplyToRoute(ask.CustomerId, ask.AskId, message.Body.Trim(), null), ct);
        return Logged(message, "accepted");
    }

    /// <summary>A stop word alone, ignoring case, spaces and a final full stop or exclamation mark.</summary>
    public static bool IsStop(string body) => StopWords.Contains((body ?? "").Trim().TrimEnd('.', '!').Trim());

    private string Logged(InboundSmsMessage message, string outcome)
    {
        app.Log($"sms {message.ProviderId}: {outcome}");
        return outcome;
    }
}
