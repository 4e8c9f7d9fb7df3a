using System.Text.RegularExpressions;
using FeedbackCollector.Web.Http;
using FeedbackCollector.Web.Owner;
using FeedbackCollector.Web.Tests.Fakes;

namespace FeedbackCollector.Web.Tests.Owner;

public sealed partial class OwnerPageTests
{
    private static async Task<string> SignIn(TestApp app)
    {
        var response = await app.Send(Requests.Get("/owner", new Dictionary<string, string> { ["key"] = TestApp.OwnerKey }));
        response.Status.Should().Be(303);
        return response.Headers["Set-Cookie"].Split(';')[0];
    }

    private static WebRequest WithCookie(WebRequest request, string cookie) =>
        request with { Headers = new Dictionary<string, string>(request.Headers) { ["Cookie"] = cookie } };

    private static string CsrfOf(string html) => CsrfField().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"csrf\" value=\"([a-z2-7]+)\"")]
    private static partial Regex CsrfField();

    [Fact]
    public async Task Without_the_secret_the_owner_page_shows_only_a_sign_in_form()
    {
        var app = new TestApp();

        var response = await app.Send(Requests.Get("/owner"));

        response.Status.Should().Be(401);
        response.BodyText.Should().Contain("action=\"/owner/login\"").And.NotContain("Ana");
        app.Owner.Loads.Should().Be(0);
    }

    [Fact]
    public async Task The_key_in_the_query_sets_a_strict_http_only_cookie_and_leaves_the_address_bar()
    {
        var app = new TestApp();

        var response = await app.Send(Requests.Get("/owner", new Dictionary<string, string> { ["key"] = TestApp.OwnerKey }));

        response.Headers["Location"].Should().Be("/owner");
        response.Headers["Set-Cookie"].Should().Contain("HttpOnly").And.Contain("SameSite=Strict").And.Contain("Secure").And.NotContain(TestApp.OwnerKey);
    }

    [Fact]
    public async Task A_wrong_key_is_refused()
    {
        var app = new TestApp();

        (await app.Send(Requests.Get("/owner", new Dictionary<string, string> { ["key"] = "guess" }))).Status.Should().Be(401);
        (await app.Send(Requests.Post("/owner/login", "key=guess"))).Status.Should().Be(401);
    }

    [Fact]
    public async Task The_login_form_signs_in_too()
    {
        var response = await new TestApp().Send(Requests.Post("/owner/login", "key=" + TestApp.OwnerKey));

        response.Status.Should().Be(303);
        response.Headers.Should().ContainKey("Set-Cookie");
    }

    [Fact]
    public async Task Signed_in_the_page_lists_asks_answers_the_unclear_queue_and_the_outbox_with_customer_text_escaped()
    {
        var app = new TestApp();
        var cookie = await SignIn(app);

        var response = await app.Send(WithCookie(Requests.Get("/owner"), cookie));

        response.Status.Should().Be(200);
        var html = response.BodyText;
        html.Should().Contain("Salon &lt;Bella&gt;").And.Contain("&lt;b&gt;Ana&lt;/b&gt;").And.NotContain("2026-03-02-a1.eml")
            .And.Contain("How was it? &lt;3").And.Contain("&lt;script&gt;alert(1)&lt;/script&gt; was ok");
        html.Should().NotContain("<script>").And.NotContain("<b>Ana");
        html.Should().Contain("value=\"happy\"").And.Contain("value=\"unhappy\"").And.Contain("value=\"dismiss\"");
    }

    [Fact]
    public async Task A_click_with_the_session_and_its_csrf_token_applies_the_decision()
    {
        var app = new TestApp();
        var cookie = await SignIn(app);
        var csrf = CsrfOf((await app.Send(WithCookie(Requests.Get("/owner"), cookie))).BodyText);

        var response = await app.Send(WithCookie(Requests.Post("/owner/decide", $"csrf={csrf}&customer=c1&ask=a1&action=unhappy"), cookie));

        response.Status.Should().Be(303);
        app.Owner.Decisions.Should().Equal(new OwnerDecision("c1", "a1", OwnerAction.MarkUnhappy, "owner"));
    }

    [Fact]
    public async Task A_click_without_the_csrf_token_is_refused()
    {
        var app = new TestApp();
        var cookie = await SignIn(app);

        var response = await app.Send(WithCookie(Requests.Post("/owner/decide", "customer=c1&ask=a1&action=happy"), cookie));

        response.Status.Should().Be(403);
        app.Owner.Decisions.Should().BeEmpty();
    }

    [Fact]
    public async Task A_csrf_token_from_another_session_is_refused()
    {
        var app = new TestApp();
        var mine = await SignIn(app);
        var other = await SignIn(app);
        var otherCsrf = CsrfOf((await app.Send(WithCookie(Requests.Get("/owner"), other))).BodyText);

        var response = await app.Send(WithCookie(Requests.Post("/owner/decide", $"csrf={otherCsrf}&customer=c1&ask=a1&action=happy"), mine));

        response.Status.Should().Be(403);
    }

    [Fact]
    public async Task A_click_without_a_session_is_refused()
    {
        var app = new TestApp();

        (await app.Send(Requests.Post("/owner/decide", "csrf=x&customer=c1&ask=a1&action=happy"))).Status.Should().Be(401);
        app.Owner.Decisions.Should().BeEmpty();
    }

    [Fact]
    public async Task A_forged_or_expired_cookie_is_refused()
    {
        var app = new TestApp();
        var cookie = await SignIn(app);

        var forged = cookie[..^1] + (cookie[^1] == 'a' ? 'b' : 'a');

        (await app.Send(WithCookie(Requests.Get("/owner"), forged))).Status.Should().Be(401);
        app.Time.Advance(TimeSpan.FromDays(31));
        (await app.Send(WithCookie(Requests.Get("/owner"), cookie))).Status.Should().Be(401);
    }

    [Fact]
    public async Task Sign_out_everywhere_ends_every_session_started_before_it_this_one_too_and_a_new_sign_in_works()
    {
        var app = new TestApp();
        app.Owner.EndAt = () => app.Time.GetUtcNow();
        var phone = await SignIn(app);
        app.Time.Advance(TimeSpan.FromMinutes(5));
        var laptop = await SignIn(app);
        var csrf = CsrfOf((await app.Send(WithCookie(Requests.Get("/owner"), laptop))).BodyText);
        app.Time.Advance(TimeSpan.FromSeconds(1));

        var ended = await app.Send(WithCookie(Requests.Post("/owner/sign-out-everywhere", "csrf=" + csrf), laptop));

        (ended.Status, ended.Outcome).Should().Be((200, "owner-sessions-ended"));
        ended.Headers["Set-Cookie"].Should().Contain("Max-Age=0");
        ended.BodyText.Should().Contain("Every owner session has ended");
        (await app.Send(WithCookie(Requests.Get("/owner"), phone))).Status.Should().Be(401, "the lost phone's session is over");
        (await app.Send(WithCookie(Requests.Get("/owner"), laptop))).Status.Should().Be(401);
        app.Time.Advance(TimeSpan.FromMilliseconds(1));
        var fresh = await SignIn(app);
        (await app.Send(WithCookie(Requests.Get("/owner"), fresh))).Status.Should().Be(200, "the key still opens the page");
    }

    [Fact]
    public async Task Sign_out_everywhere_needs_the_sessions_csrf_token_and_a_same_site_request()
    {
        var app = new TestApp();
        var cookie = await SignIn(app);

        var noToken = await app.Send(WithCookie(Requests.Post("/owner/sign-out-everywhere", "csrf=wrong"), cookie));
        var crossSite = await app.Send(WithCookie(Requests.Post("/owner/sign-out-everywhere", "csrf=x",
            new Dictionary<string, string> { ["Content-Type"] = "application/x-www-form-urlencoded", ["Sec-Fetch-Site"] = "cross-site" }), cookie));

        (noToken.Status, crossSite.Status).Should().Be((403, 403));
        app.Owner.SessionsEndedAt.Should().BeNull();
        (await app.Send(WithCookie(Requests.Get("/owner"), cookie))).Status.Should().Be(200);
    }

    [Fact]
    public async Task Times_are_shown_in_the_business_timezone()
    {
        var app = new TestApp();
        app.Owner.View = app.Owner.View with { TimeZone = "Asia/Singapore" };
        var cookie = await SignIn(app);

        var html = (await app.Send(WithCookie(Requests.Get("/owner"), cookie))).BodyText;

        html.Should().Contain("Mon 2 Mar 2026, 18:00", "10:00 UTC is 18:00 in Singapore").And.Contain("Asia/Singapore").And.NotContain("10:00");
    }

    [Fact]
    public async Task A_post_from_another_site_is_refused_even_with_the_session_and_its_token()
    {
        var app = new TestApp();
        var cookie = await SignIn(app);
        var csrf = CsrfOf((await app.Send(WithCookie(Requests.Get("/owner"), cookie))).BodyText);
        var body = $"csrf={csrf}&customer=c1&ask=a1&action=happy";

        var crossSite = await app.Send(WithCookie(Requests.Post("/owner/decide", body, Browser("cross-site", "https://evil.example", "fb.example.com")), cookie));
        var foreignOrigin = await app.Send(WithCookie(Requests.Post("/owner/decide", body, Browser(null, "https://evil.example", "fb.example.com")), cookie));
        var login = await app.Send(Requests.Post("/owner/login", "key=" + TestApp.OwnerKey, Browser("same-site", "https://other.example.com", "fb.example.com")));

        crossSite.Status.Should().Be(403);
        foreignOrigin.Status.Should().Be(403);
        login.Status.Should().Be(403);
        app.Owner.Decisions.Should().BeEmpty();
    }

    [Fact]
    public async Task Open_complaints_carry_a_mark_resolved_button_and_resolved_ones_do_not()
    {
        var app = new TestApp();
        var at = FakeOwnerConsole.At;
        app.Owner.View = app.Owner.View with
        {
            Complaints = [new ComplaintItem("c1", "a1", "Ana", "haircut", at, "1 of 5 stars: <i>rude</i>", null),
                new ComplaintItem("c2", "a2", "Bo", "colour", at, "too hot", at.AddHours(3))],
        };
        var cookie = await SignIn(app);

        var html = (await app.Send(WithCookie(Requests.Get("/owner"), cookie))).BodyText;

        html.Should().Contain("Complaints (1 open)").And.Contain("&lt;i&gt;rude&lt;/i&gt;").And.Contain("too hot");
        Regex.Matches(html, "name=\"action\" value=\"resolve\"").Should().HaveCount(1);
    }

    [Theory]
    [InlineData("https://fb.example.com", "fb.example.com")]
    [InlineData("null", "127.0.0.1:8080")] // our Referrer-Policy: no-referrer makes chromium send Origin: null on our own forms
    public async Task A_same_origin_post_from_the_browser_is_applied(string origin, string host)
    {
        var app = new TestApp();
        var cookie = await SignIn(app);
        var csrf = CsrfOf((await app.Send(WithCookie(Requests.Get("/owner"), cookie))).BodyText);

        var response = await app.Send(WithCookie(Requests.Post("/owner/decide", $"csrf={csrf}&customer=c9&ask=a9&action=resolve",
            Browser("same-origin", origin, host)), cookie));

        response.Status.Should().Be(303);
        app.Owner.Decisions.Should().Equal(new OwnerDecision("c9", "a9", OwnerAction.Resolve, "owner"));
    }

    private static Dictionary<string, string> Browser(string? fetchSite, string origin, string host)
    {
        var headers = new Dictionary<string, string> { ["Content-Type"] = "application/x-www-form-urlencoded", ["Origin"] = origin, ["Host"] = host };
        if (fetchSite is not null) headers["Sec-Fetch-Site"] = fetchSite;
        return headers;
    }
}
