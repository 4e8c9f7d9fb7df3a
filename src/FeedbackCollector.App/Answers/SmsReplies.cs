using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Sms;
using FeedbackCollector.Web.Sms;

namespace FeedbackCollector.App.Answers;

/// <summary>
/// A customer's text, on both runtimes: STOP, STOPALL, UNSUBSCRIBE, CANCEL, END or QUIT (any case, alone) suppresses
/// the number at once, so no follow-up or nudge is ever texted to it; any other text is a written reply to the
/// customer's latest sent ask, found by their number, and goes to the router like an email reply (first reply wins,
/// classifier, dispatch), recorded with the SMS channel.
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
        var ask = await LatestSentAskAsync(message.From, ct);
        if (ask is null) return Logged(message, "no-ask");
        var rawKey = string.IsNullOrEmpty(message.ProviderId) ? null : "sms:" + message.ProviderId;
        var routed = await app.Handoff.RouteAsync(new ReplyToRoute(ask.CustomerId, ask.AskId, message.Body.Trim(), rawKey, Channel.Sms), ct);
        return Logged(message, "accepted", routed);
    }

    /// <summary>
    /// The latest ask sent to this number, whoever it is keyed by (an email, a POS customer id, the phone): an answered
    /// one too, so a second text finds the first reply in place (first reply wins) rather than an older open ask.
    /// </summary>
    private async Task<Ask?> LatestSentAskAsync(string phone, CancellationToken ct) =>
        (await app.Adapters.Asks.ListForPhoneAsync(phone, ct))
            .Where(x => x.SentAt is not null && x.Status is AskStatus.Sent or AskStatus.Answered or AskStatus.Closed)
            .MaxBy(x => x.SentAt);

    /// <summary>A stop word alone, ignoring case, spaces and a final full stop or exclamation mark.</summary>
    public static bool IsStop(string body) => StopWords.Contains((body ?? "").Trim().TrimEnd('.', '!').Trim());

    private string Logged(InboundSmsMessage message, string outcome, string? routed = null)
    {
        app.Log($"sms {message.ProviderId}: {outcome}{(routed is null ? "" : ", " + routed)}");
        return outcome;
    }
}
