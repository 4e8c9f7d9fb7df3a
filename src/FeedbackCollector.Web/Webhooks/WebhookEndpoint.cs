using FeedbackCollector.Web.Http;
using FeedbackCollector.Web.Webhooks.Normalizers;

namespace FeedbackCollector.Web.Webhooks;

/// <summary>
/// POST /webhook/{scheme}: size cap (413) → signature (401, nothing stored) → keep the raw body →
/// already processed? (200 duplicate) → normalize (400 malformed, raw body kept; 200 ignored) → visits
/// and withdrawals to the sink → 200. The order is the safety rule: nothing unverified is stored, nothing verified is lost.
/// </summary>
internal sealed class WebhookEndpoint(
    IReadOnlyDictionary<string, WebhookSchemeOptions> schemes,
    IWebhookInbox inbox,
    IVisitSink visits,
    TimeProvider time,
    int maxBodyBytes)
{
    public async Task<WebResponse> HandleAsync(WebRequest request, string scheme, CancellationToken ct)
    {
        scheme = scheme.ToLowerInvariant();
        if (!WebhookScheme.All.Contains(scheme) || !schemes.TryGetValue(scheme, out var options))
            return WebResponse.Text(404, $"unknown or unconfigured webhook scheme '{scheme}'");
        if (request.Body.Length > maxBodyBytes)
            return WebResponse.Text(413, $"body is over the {maxBodyBytes}-byte limit");
        if (scheme == WebhookScheme.WooCommerce && WooCommerceNormalizer.IsPing(request.Body.Span)
            && request.Header(Signatures.WooCommerceSignature.Header) is null)
            return WebResponse.Text(200, "ping ok");
        var now = time.GetUtcNow();
        var check = WebhookScheme.Verify(scheme, request, options, now);
        if (!check.Valid) return WebResponse.Text(401, "signature rejected: " + check.Problem);
        var key = WebhookScheme.DeliveryKey(scheme, request);
        if (await inbox.KeepAsync(new RawWebhook(scheme, key, request.Body, request.Header("Content-Type"), now), ct))
            return WebResponse.Text(200, "duplicate delivery, already processed");
        var result = WebhookScheme.Normalize(scheme, request, options);
        foreach (var visit in result.Visits) await visits.AcceptAsync(visit, ct);
        foreach (var withdrawal in result.Withdrawals) await visits.WithdrawAsync(withdrawal, ct);
        var outcome = result.Outcome switch
        {
            WebhookOutcome.Visits => $"visits {result.Visits.Count}",
            WebhookOutcome.Withdrawals => $"withdrawals {result.Withdrawals.Count} ({result.Reason})",
            WebhookOutcome.Malformed => "malformed: " + result.Reason,
            WebhookOutcome.Ignored => "ignored: " + result.Reason,
            _ => "ping",
        };
        await inbox.MarkProcessedAsync(scheme, key, outcome, ct);
        return WebResponse.Text(result.Outcome == WebhookOutcome.Malformed ? 400 : 200, outcome);
    }
}
