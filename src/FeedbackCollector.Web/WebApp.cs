using FeedbackCollector.Web.Http;
using FeedbackCollector.Web.Owner;
using FeedbackCollector.Web.Pages;
using FeedbackCollector.Web.Sms;
using FeedbackCollector.Web.Webhooks;

namespace FeedbackCollector.Web;

/// <summary>
/// The router both hosts call: one request in, one response out. Routes:
/// GET /t/{token}/{stars}, POST /t/{token}; GET|POST /u/{token}; POST /webhook and /webhook/{scheme};
/// GET /owner, POST /owner/login, POST /owner/decide; GET|POST /o/{token}; GET /r/{token}; POST /sms/twilio; GET /healthz. HEAD is answered like GET without a body.
/// Exceptions from the services are not caught here: the host reports them as 500 and logs them.
/// </summary>
public sealed class WebApp
{
    private readonly StarPage stars;
    private readonly UnsubscribePage unsubscribe;
    private readonly WebhookEndpoint webhooks;
    private readonly OwnerPage? owner;
    private readonly IReviewClicks? reviews;
    private readonly OwnerDecisionPage? decisions;
    private readonly TwilioSmsEndpoint? twilio;
    private readonly int maxBodyBytes;

    public WebApp(WebAppOptions options, WebAppServices services, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(services);
        stars = new StarPage(services.Answers);
        unsubscribe = new UnsubscribePage(services.Unsubscribes);
        webhooks = new WebhookEndpoint(options.Webhooks, services.WebhookInbox, services.Visits, time, options.MaxBodyBytes);
        owner = string.IsNullOrEmpty(options.OwnerSecret) ? null
            : new OwnerPage(new OwnerAuth(options.OwnerSecret, time, options.OwnerSessionLifetime, options.SecureCookies), services.Owner,
                new LoginThrottle(time));
        maxBodyBytes = options.MaxBodyBytes;
        reviews = services.Reviews;
        decisions = services.OwnerDecisions is { } sink ? new OwnerDecisionPage(sink) : null;
        twilio = options.TwilioInbound is { } t && services.SmsInbox is { } inbox ? new TwilioSmsEndpoint(t.AuthToken, t.PublicUrl, inbox) : null;
    }

    public async Task<WebResponse> Handle(WebRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var head = request.Method.Equals("HEAD", StringComparison.OrdinalIgnoreCase);
        var method = head ? "GET" : request.Method.ToUpperInvariant();
        if (request.Body.Length > maxBodyBytes) return WebResponse.Text(413, $"body is over the {maxBodyBytes}-byte limit");
        var response = await Route(request, method, Segments(request.Path), ct);
        return head ? response with { Body = [] } : response;
    }

    private Task<WebResponse> Route(WebRequest request, string method, string[] s, CancellationToken ct) => (method, s) switch
    {
        ("GET", ["t", var token, var n]) => stars.ShowAsync(token, n, ct),
        ("POST", ["t", var token]) => stars.SubmitAsync(request, token, ct),
        (_, ["t", _, _]) => NotAllowed("GET"),
        (_, ["t", _]) => NotAllowed("POST"),
        ("GET", ["u", var token]) => unsubscribe.ConfirmAsync(token, ct),
        ("POST", ["u", var token]) => unsubscribe.UnsubscribeAsync(request, token, ct),
        (_, ["u", _]) => NotAllowed("GET, POST"),
        ("POST", ["webhook"]) => webhooks.HandleAsync(request, WebhookScheme.Generic, ct),
        ("POST", ["webhook", var scheme]) => webhooks.HandleAsync(request, scheme, ct),
        (_, ["webhook"] or ["webhook", _]) => NotAllowed("POST"),
        (_, ["owner", ..]) when owner is null => NotFound(),
        ("GET", ["owner"]) => owner!.ShowAsync(request, ct),
        ("POST", ["owner", "login"]) => owner!.LoginAsync(request),
        ("POST", ["owner", "decide"]) => owner!.DecideAsync(request, ct),
        (_, ["owner"]) => NotAllowed("GET"),
        (_, ["owner", "login" or "decide"]) => NotAllowed("POST"),
        (_, ["o", _]) when decisions is null => NotFound(),
        ("GET", ["o", var token]) => decisions!.ShowAsync(token, ct),
        ("POST", ["o", var token]) => decisions!.DecideAsync(request, token, ct),
        (_, ["o", _]) => NotAllowed("GET, POST"),
        ("GET", ["r", var token]) => ReviewAsync(token, ct),
        (_, ["r", _]) => NotAllowed("GET"),
        (_, ["sms", "twilio"]) when twilio is null => NotFound(),
        ("POST", ["sms", "twilio"]) => twilio!.HandleAsync(request, ct),
        (_, ["sms", "twilio"]) => NotAllowed("POST"),
        ("GET", ["healthz"]) => Task.FromResult(WebResponse.Text(200, "ok")),
        _ => NotFound(),
    };

    /// <summary>A click is not a rating, so a GET may count it (scanners included, which the summary accepts).</summary>
    private async Task<WebResponse> ReviewAsync(string token, CancellationToken ct)
    {
        var target = reviews is not null && StarPage.IsPlausibleToken(token) ? await reviews.TargetAsync(token, ct) : null;
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
