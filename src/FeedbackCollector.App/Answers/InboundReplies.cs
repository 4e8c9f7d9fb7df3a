using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Tokens;
using FeedbackCollector.Mail.Inbound;

namespace FeedbackCollector.App.Answers;

/// <summary>What became of one inbound message, as a word for logs and counters, with the ask when known.</summary>
/// <param name="Outcome">accepted, missing, unparsable, no-reply-address, signature_failure, link-expired,
/// suppressed-bounce, suppressed-complaint, already-suppressed, soft-bounce or ignored-{kind}.</param>
/// <param name="Routed">What the router step said when it ran in this process (recorded-happy, already-answered, …).</param>
public sealed record ReplyOutcome(string Outcome, string? CustomerId = null, string? AskId = null, string? Routed = null);

/// <summary>
/// A written reply as received, on both runtimes (SMTP listener locally, SES → S3 on AWS): the raw MIME is
/// already kept under its key. Parse → a delivery report or complaint goes to DeliveryFailures (a hard bounce
/// or complaint suppresses) → other automatic mail is ignored → the reply-address token is verified → the
/// customer's new words go to the router. A forged or expired token is kept (the MIME stays) and not routed.
/// </summary>
public sealed class InboundReplies(FlowApp app)
{
    /// <param name="envelopeRecipients">The SMTP envelope's recipients when the host knows them; else the message's own To/Cc.</param>
    public async Task<ReplyOutcome> AcceptAsync(string rawKey, IReadOnlyList<string> envelopeRecipients, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(envelopeRecipients);
        var mime = await app.Adapters.Blobs.GetAsync(BlobArea.RawMime, rawKey, ct);
        if (mime is null) return Logged(rawKey, new ReplyOutcome("missing"));
        var reply = InboundReply.Parse(mime);
        if (!reply.Ok) return Logged(rawKey, new ReplyOutcome("unparsable"));
        var recipients = envelopeRecipients.Count > 0 ? envelopeRecipients : reply.Recipients;
        var token = ReplyAddress.FirstToken(recipients, app.Adapters.Settings.ReplyDomain);
        if (reply.DeliveryFailure is { } failure) return Logged(rawKey, await FailureAsync(token, failure, ct));
        if (reply.AutoReply.IsAutomatic) return Logged(rawKey, new ReplyOutcome("ignored-" + reply.AutoReply.Kind.ToString().ToLowerInvariant()));
        if (token is null) return Logged(rawKey, new ReplyOutcome("no-reply-address"));
        var check = app.Adapters.Tokens.Verify(token, app.Adapters.Time.GetUtcNow(), TokenPurpose.Reply);
        if (check.Status == TokenStatus.Expired) return Logged(rawKey, new ReplyOutcome("link-expired"));
        if (!check.IsValid) return Logged(rawKey, new ReplyOutcome("signature_failure"));
        var routed = await app.Handoff.RouteAsync(new ReplyToRoute(check.CustomerId!, check.AskId!, reply.NewText, rawKey), ct);
        return Logged(rawKey, new ReplyOutcome("accepted", check.CustomerId, check.AskId, routed));
    }

    private async Task<ReplyOutcome> FailureAsync(string? token, DeliveryFailure failure, CancellationToken ct)
    {
        if (token is null) return new ReplyOutcome("no-reply-address");
        var outcome = await app.DeliveryFailures.HandleAsync(token, failure, ct);
        var word = outcome.Status switch
        {
            DeliveryFailureStatus.Suppressed => "suppressed-" + failure.Reason,
            DeliveryFailureStatus.AlreadySuppressed => "already-suppressed",
            DeliveryFailureStatus.NotPermanent => "soft-bounce",
            _ => "signature_failure",
        };
        return new ReplyOutcome(word, outcome.CustomerId, outcome.AskId);
    }

    private ReplyOutcome Logged(string rawKey, ReplyOutcome outcome)
    {
        app.Log($"reply {rawKey}: {outcome.Outcome}{(outcome.Routed is null ? "" : ", " + outcome.Routed)}");
        return outcome;
    }
}
