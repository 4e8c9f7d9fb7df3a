using FeedbackCollector.Web.Http;

namespace FeedbackCollector.Web.Owner;

/// <summary>
/// GET /owner (secret-protected): recent asks and answers, the unclear queue with one-click
/// happy / unhappy / dismiss forms, and the outbox. POST /owner/login starts a session from the secret;
/// POST /owner/decide applies one click and POST /owner/sign-out-everywhere ends every session (session cookie +
/// per-session CSRF token required). Every POST made by a
/// browser from another site is refused before anything else (<see cref="SameSite"/>).
/// </summary>
internal sealed class OwnerPage(OwnerAuth auth, IOwnerConsole console, LoginThrottle throttle)
{
    /// <summary>
    /// The one door for a presented key: 429 with Retry-After once an address has had too many wrong keys
    /// (checked before the key, so the right key does not help a guesser), else a session or 401.
    /// The outcome word is what the host logs; the key never is.
    /// </summary>
    private WebResponse SignIn(WebRequest request, string? key)
    {
        if (throttle.RetryAfter(request.RemoteIp) is { } wait)
        {
            var seconds = Math.Max(1, (long)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return WebResponse.Html(429, Html.Page("Too many tries", "<h1>Too many tries</h1><p>Too many wrong keys from this address; try again later.</p>"),
                new Dictionary<string, string> { ["Retry-After"] = seconds }) with { Outcome = "owner-login-throttled" };
        }
        if (!auth.KeyMatches(key))
        {
            throttle.Failed(request.RemoteIp);
            return Login(401, "That key is not right.") with { Outcome = "owner-login-refused" };
        }
        throttle.Succeeded(request.RemoteIp);
        return WebResponse.SeeOther("/owner", SetCookie(auth.NewSessionCookie()));
    }

    public async Task<WebResponse> ShowAsync(WebRequest request, CancellationToken ct)
    {
        var key = request.QueryValue("key");
        if (key is not null)
        {
            // The secret must not stay in the address bar or the history: set the cookie and move on.
            return SignIn(request, key);
        }
        var session = auth.SessionOf(request, await console.SessionsEndedAtAsync(ct));
        if (session is null) return Login(401, null);
        var view = await console.LoadAsync(ct);
        return WebResponse.Html(200, OwnerRender.Page(view, auth.CsrfToken(session), request.QueryValue("done")));
    }

    public Task<WebResponse> LoginAsync(WebRequest request)
    {
        if (!SameSite.Allows(request)) return Task.FromResult(CrossSite());
        var form = FormBody.Parse(request.Body);
        return Task.FromResult(SignIn(request, form?.GetValueOrDefault("key")));
    }

    public async Task<WebResponse> DecideAsync(WebRequest request, CancellationToken ct)
    {
        var (refused, form) = await SessionFormAsync(request, ct);
        if (refused is not null) return refused;
        var action = form.GetValueOrDefault("action") switch
        {
            "happy" => OwnerAction.MarkHappy,
            "unhappy" => OwnerAction.MarkUnhappy,
            "dismiss" => OwnerAction.Dismiss,
            "resolve" => (OwnerAction?)OwnerAction.Resolve,
            _ => null,
        };
        var customerId = form.GetValueOrDefault("customer");
        var askId = form.GetValueOrDefault("ask");
        if (action is null || string.IsNullOrEmpty(customerId) || string.IsNullOrEmpty(askId))
            return WebResponse.Html(400, Html.Page("Bad request", "<h1>Something was missing</h1><p><a href=\"/owner\">Back</a></p>"));
        var applied = await console.DecideAsync(new OwnerDecision(customerId, askId, action.Value, "owner"), ct);
        return WebResponse.SeeOther(applied ? "/owner?done=1" : "/owner?done=0");
    }

    /// <summary>
    /// "Sign out everywhere" (a lost phone, a shared computer): every session started until now ends, this one too,
    /// on every instance; the key stays the same.
    /// </summary>
    public async Task<WebResponse> EndSessionsAsync(WebRequest request, CancellationToken ct)
    {
        var (refused, _) = await SessionFormAsync(request, ct);
        if (refused is not null) return refused;
        await console.EndSessionsAsync(ct);
        return Login(200, "Every owner session has ended, this one too. Sign in again with the key.", SetCookie(auth.EndedSessionCookie()))
            with { Outcome = "owner-sessions-ended" };
    }

    /// <summary>A same-site POST from a live session whose form carries that session's CSRF token; else the refusal.</summary>
    private async Task<(WebResponse? Refused, Dictionary<string, string> Form)> SessionFormAsync(WebRequest request, CancellationToken ct)
    {
        if (!SameSite.Allows(request)) return (CrossSite(), Empty);
        var session = auth.SessionOf(request, await console.SessionsEndedAtAsync(ct));
        if (session is null) return (Login(401, "Your session has ended; sign in again."), Empty);
        var form = FormBody.Parse(request.Body);
        if (form is null || !auth.CsrfMatches(session, form.GetValueOrDefault("csrf")))
            return (WebResponse.Html(403, Html.Page("Refused", "<h1>Refused</h1><p>This form is stale or did not come from the owner page. <a href=\"/owner\">Back</a></p>")), Empty);
        return (null, form);
    }

    private static readonly Dictionary<string, string> Empty = [];

    private static WebResponse CrossSite() => WebResponse.Html(403, Html.Page("Refused",
        "<h1>Refused</h1><p>This request came from another site. Open the owner page and use its buttons. <a href=\"/owner\">Owner page</a></p>"))
        with { Outcome = "owner-cross-site" };

    private static Dictionary<string, string> SetCookie(string cookie) => new() { ["Set-Cookie"] = cookie };

    private static WebResponse Login(int status, string? message, IReadOnlyDictionary<string, string>? headers = null) => WebResponse.Html(status, Html.Page("Owner sign-in",
        "<h1>Owner page</h1>" + (message is null ? "" : $"<p>{Html.E(message)}</p>") +
        "<form method=\"post\" action=\"/owner/login\"><p><label for=\"key\">Owner key</label></p>" +
        "<p><input id=\"key\" name=\"key\" type=\"password\" autocomplete=\"current-password\" required></p>" +
        "<p><button type=\"submit\">Open</button></p></form>"), headers);
}
