using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Tokens;
using FeedbackCollector.Lambda.UseCases;
using FeedbackCollector.Mail.Inbound;

namespace FeedbackCollector.Lambda.Composition;

/// <summary>
/// reply-handler's mail side: reads the raw MIME SES stored under inbound/, parses it, finds the ask by
/// the compact token of the r-{token}@reply-domain recipient and hands the new words to the router.
/// A bounce or complaint SES forwarded to the reply address goes to DeliveryFailures, which suppresses the
/// customer on a hard bounce or complaint (the only write here); other automatic mail is ignored. A forged or
/// expired token answers the outcome "signature_failure", which the template's metric filter counts. Answers
/// are not written here: the router records them.
/// </summary>
internal sealed class InboundReplies(IBlobStore blobs, string rawBucket, string replyDomain, AskTokens tokens, DeliveryFailures failures,
    TimeProvider clock) : IInboundReplies
{
    public const string Prefix = "inbound/";

    public async Task<(StepOutcome Outcome, AnswerRef? Recorded)> AcceptAsync(string bucket, string key, CancellationToken ct)
    {
        if (bucket != rawBucket || !key.StartsWith(Prefix, StringComparison.Ordinal))
            throw new ForeignObjectException("the S3 event names an object outside the raw bucket's inbound/ prefix");
        var mime = await blobs.GetAsync(BlobArea.RawMime, key, ct);
        if (mime is null) return (new StepOutcome("missing"), null);
        var reply = InboundReply.Parse(mime);
        if (!reply.Ok) return (new StepOutcome("unparsable"), null);
        if (reply.DeliveryFailure is { } failure) return (await FailureAsync(reply.Recipients, failure, ct), null);
        if (reply.AutoReply.IsAutomatic) return (new StepOutcome("ignored-" + reply.AutoReply.Kind.ToString().ToLowerInvariant()), null);
        var token = TokenOf(reply.Recipients);
        if (token is null) return (new StepOutcome("no-reply-address"), null);
        var check = tokens.Verify(token, clock.GetUtcNow());
        if (!check.IsValid) return (new StepOutcome("signature_failure"), null);
        var answer = new AnswerRef(check.CustomerId!, check.AskId!, reply.NewText, key);
        return (new StepOutcome("accepted", answer.CustomerId, answer.AskId), answer);
    }

    private async Task<StepOutcome> FailureAsync(IReadOnlyList<string> recipients, DeliveryFailure failure, CancellationToken ct)
    {
        if (TokenOf(recipients) is not { } token) return new StepOutcome("no-reply-address");
        var outcome = await failures.HandleAsync(token, failure, ct);
        var name = outcome.Status switch
        {
            DeliveryFailureStatus.Suppressed => "suppressed-" + failure.Reason,
            DeliveryFailureStatus.AlreadySuppressed => "already-suppressed",
            DeliveryFailureStatus.NotPermanent => "soft-bounce",
            _ => "signature_failure",
        };
        return new StepOutcome(name, outcome.CustomerId, outcome.AskId);
    }

    /// <summary>The token of the first recipient at the reply domain, "r-{token}@domain" (case of the domain ignored).</summary>
    private string? TokenOf(IReadOnlyList<string> recipients)
    {
        foreach (var address in recipients.Take(20))
        {
            var at = address.LastIndexOf('@');
            if (at <= 2) continue;
            var domain = address[(at + 1)..].Trim().TrimEnd('>', '.');
            var local = address[..at].Trim().TrimStart('<');
            if (!domain.Equals(replyDomain, StringComparison.OrdinalIgnoreCase)) continue;
            if (local.StartsWith("r-", StringComparison.OrdinalIgnoreCase) && local.Length - 2 <= AskTokens.MaxTokenLength) return local[2..];
        }
        return null;
    }
}

/// <summary>The S3 notification names an object this function must not read (a wiring mistake).</summary>
internal sealed class ForeignObjectException(string message) : Exception(message);
