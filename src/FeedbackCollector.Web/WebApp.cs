using FeedbackCollector.Web.Http;
using FeedbackCollector.Web.Owner;
using FeedbackCollector.Web.Pages;
using FeedbackCollector.Web.Sms;
using FeedbackCollector.Web.Webhooks;

namespace FeedbackCollector.Web;

/// <summary>
/// The router both hosts call: one request in, one response out. Routes:
/// GET /t/{token}/{stars} and GET /t/{token} (an SMS's one link), POST /t/{token}; GET|POST /u/{token}; POST /webhook and /webhook/{scheme};
/// GET /owner, POST /owner/login, POST /owner/decide, POST /owner/sign-out-everywhere; GET|POST /o/{token}; GET /r/{token}; POST /sms/twilio; GET /healthz. HEAD is answered like GET without a body.
/// Exceptions from the services are not caught here: the host reports them as 500 and logs them.
/// </summary>
public sealed class WebApp
{
    private readonly StarPage _stars;
    private readonly UnsubscribePage _unsubscribe;
    private readonly WebhookEndpoint _webhooks;
    private readonly OwnerPage? _owner;
    private readonly IReviewClicks? _reviews;
    private readonly OwnerDecisionPage? _decisions;
    private readonly TwilioSmsEndpoint? _twilio;
    private readonly int _maxBodyBytes;

    public WebApp(WebAppOptions options, WebAppServices services, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(services);
        _stars = new StarPage(services.Answers);
        _unsubscribe = new UnsubscribePage(services.Unsubscribes);
        _webhooks = new WebhookEndpoint(options.Webhooks, services.WebhookInbox, services.Visits, time, options.MaxBodyBytes);
        _owner = string.IsNullOrEmpty(options.OwnerSecret) ? null
            : new OwnerPage(new OwnerAuth(options.OwnerSecret, time, options.OwnerSessionLifetime, options.SecureCookies), services.Owner,
                new LoginThrottle(time));
        _maxBodyBytes = options.MaxBodyBytes;
        _reviews = services.Reviews;
        _decisions = services.OwnerDecisions is { } sink ? new OwnerDecisionPage(sink) : null;
        _twilio = options.TwilioInbound is { } t && services.SmsInbox is { } inbox ? new TwilioSmsEndpoint(t.AuthToken, t.PublicUrl, inbox) : null;
    }

    public async Task<WebResponse> Handle(WebRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var head = request.Method.Equals("HEAD", StringComparison.OrdinalIgnoreCase);
        var method = head ? "GET" : request.Method.ToUpperInvariant();
        if (request.Body.Length > _maxBodyBytes) return WebResponse.Text(413, $"body is over the {_maxBodyBytes}-byte limit");
        var response = await Route(request, method, Segments(request.Path), ct);
        return head ? response with { Body = [] } : response;
    }

    private Task<WebResponse> Route(WebRequest request, string method, string[] s, CancellationToken ct) => (method, s) switch
    {
        ("GET", ["t", var token, var n]) => _stars.ShowAsync(token, n, ct),
        // An SMS carries one link, to the page with no star chosen yet (AskLinks.Landing).
        ("GET", ["t", var token]) => _stars.ShowAsync(token, "", ct),
        ("POST", ["t", var token]) => _stars.SubmitAsync(request, token, ct),
        (_, ["t", _, _]) => NotAllowed("GET"),
        (_, ["t", _]) => NotAllowed("GET, POST"),
        ("GET", ["u", var token]) => _unsubscribe.ConfirmAsync(token, ct),
        ("POST", ["u", var token]) => _unsubscribe.UnsubscribeAsync(request, token, ct),
        (_, ["u", _]) => NotAllowed("GET, POST"),
        ("POST", ["webhook"]) => _webhooks.HandleAsync(request, WebhookScheme.Generic, ct),
        ("POST", ["webhook", var scheme]) => _webhooks.HandleAsync(request, scheme, ct),
        (_, ["webhook"] or ["webhook", _]) => NotAllowed("POST"),
        (_, ["owner", ..]) when _owner is null => NotFound(),
        ("GET", ["owner"]) => _owner!.ShowAsync(request, ct),
        ("POST", ["owner", "login"]) => _owner!.LoginAsync(request),
        ("POST", ["owner", "decide"]) => _owner!.DecideAsync(request, ct),
        ("POST", ["owner", "sign-out-everywhere"]) => _owner!.EndSessionsAsync(request, ct),
        (_, ["owner"]) => NotAllowed("GET"),
        (_, ["owner", "login" or "decide" or "sign-out-everywhere"]) => NotAllowed("POST"),
        (_, ["o", _]) when _decisions is null => NotFound(),
        ("GET", ["o", var token]) => _decisions!.ShowAsync(token, ct),
        ("POST", ["o", var token]) => _decisions!.DecideAsync(request, token, ct),
        (_, ["o", _]) => NotAllowed("GET, POST"),
        ("GET", ["r", var token]) => ReviewAsync(token, ct),
        (_, ["r", _]) => NotAllowed("GET"),
        (_, ["sms", "twilio"]) when _twilio is null => NotFound(),
        ("POST", ["sms", "twilio"]) => _twilio!.HandleAsync(request, ct),
        (_, ["sms", "twilio"]) => NotAllowed("POST"),
        ("GET", ["healthz"]) => Task.FromResult(WebResponse.Text(200, "ok")),
        _ => NotFound(),
    };

    /// <summary>A click is not a rating, so a GET may count it (scanners included, which the summary accepts).</summary>
    private async Task<WebResponse> ReviewAsync(string token, CancellationToken ct)
    {
        var target = _reviews is not null && StarPage.IsPlausibleToken(token) ? await _reviews.TargetAsync(token, ct) : null;
        return target is null
            ? WebResponse.Text(404, "This review link is not valid.") with { Outcome = "review-link-invalid" }
            : new WebResponse(302, new Dictionary<string, string> { ["Location"] = target.AbsoluteUri, ["Cache-Control"] = "no-store" },
                [], "text/plain; charset=utf-8") { Outcome = "review-click" };
    }

    private static string[] Segments(string path) =>
        path.Length > 2048 ? ["too-long"] : path.Split('/', StringSplitOptions.RemoveEmptyEntries);

    private static Task<WebResponse> NotFound() => Task.FromResult(WebResponse.Html(404,
        Html.Page("Not found", "<h1>Page not found</h1><p>There is nothing at this address.</p>")));

    private static Task<WebResponse> NotAllowed(string allow) => Task.FromResult(WebResponse.Html(405,
        Html.Page("Not allowed", "<h1>Not allowed</h1><p>This address does not accept that kind of request.</p>"),
        new Dictionary<string, string> { ["Allow"] = allow }));
}
