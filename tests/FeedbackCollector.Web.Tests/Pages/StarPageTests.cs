using FeedbackCollector.Core.Rules;
using FeedbackCollector.Web.Tests.Fakes;

namespace FeedbackCollector.Web.Tests.Pages;

public sealed class StarPageTests
{
    [Fact]
    public async Task Opening_a_star_link_shows_the_chosen_star_preselected_and_records_nothing()
    {
        var app = new TestApp();

        var response = await app.Send(Requests.Get("/t/goodtoken/4"));

        response.Status.Should().Be(200);
        response.BodyText.Should().Contain("value=\"4\" checked>").And.Contain("action=\"/t/goodtoken\"").And.Contain("<textarea");
        response.BodyText.Should().NotContain("value=\"5\" checked").And.NotContain("<script");
        app.Answers.Recorded.Should().BeEmpty();
    }

    [Fact]
    public async Task Regression_opening_the_one_link_of_an_sms_ask_shows_the_form_with_no_star_chosen_and_records_nothing()
    {
        var app = new TestApp();

        var response = await app.Send(Requests.Get("/t/goodtoken"));

        response.Status.Should().Be(200, "an SMS's single star-page link was answered 405");
        response.BodyText.Should().Contain("action=\"/t/goodtoken\"").And.Contain("value=\"5\"").And.NotContain("checked>");
        app.Answers.Recorded.Should().BeEmpty();
    }

    [Fact]
    public async Task A_head_request_from_a_link_scanner_records_nothing_either()
    {
        var app = new TestApp();

        var response = await app.Send(Requests.Get("/t/goodtoken/5") with { Method = "HEAD" });

        response.Status.Should().Be(200);
        response.Body.Should().BeEmpty();
        app.Answers.Recorded.Should().BeEmpty();
    }

    [Fact]
    public async Task An_out_of_range_star_shows_the_form_with_nothing_chosen()
    {
        var response = await new TestApp().Send(Requests.Get("/t/goodtoken/9"));

        response.Status.Should().Be(200);
        response.BodyText.Should().NotContain("\" checked>");
    }

    [Fact]
    public async Task Posting_the_form_records_the_stars_and_the_comment()
    {
        var app = new TestApp();

        var response = await app.Send(Requests.Post("/t/goodtoken", "stars=2&comment=Too+long+a+wait%21"));

        response.Status.Should().Be(200);
        app.Answers.Recorded.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Token = "goodtoken", Stars = 2, Comment = "Too long a wait!" });
        response.BodyText.Should().Contain("straight to the owner");
    }

    [Fact]
    public async Task A_happy_answer_shows_the_review_link_the_sink_allows()
    {
        var response = await new TestApp().Send(Requests.Post("/t/goodtoken", "stars=5"));

        response.BodyText.Should().Contain("href=\"https://g.page/r/bella/review\"").And.Contain("Review us on Google");
    }

    [Fact]
    public async Task An_unhappy_answer_never_shows_a_review_link()
    {
        var response = await new TestApp().Send(Requests.Post("/t/goodtoken", "stars=1"));

        response.BodyText.Should().NotContain("g.page");
    }

    [Fact]
    public async Task Customer_and_business_text_is_escaped_on_the_form()
    {
        var app = new TestApp();
        app.Answers.FirstName = "<script>alert('x')</script>";
        app.Answers.BusinessName = "Bella & <b>Co</b>";

        var body = (await app.Send(Requests.Get("/t/goodtoken/3"))).BodyText;

        body.Should().NotContain("<script>alert").And.Contain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        body.Should().Contain("Bella &amp; &lt;b&gt;Co&lt;/b&gt;");
    }

    [Fact]
    public async Task Review_links_are_escaped_and_only_http_links_are_shown()
    {
        var app = new TestApp();
        app.Answers.HappyLinks = [new ReviewLink("<b>Yelp</b>", new Uri("https://yelp.example/b?x=1&y=\"2\"")), new ReviewLink("evil", new Uri("javascript:alert(1)"))];

        var body = (await app.Send(Requests.Post("/t/goodtoken", "stars=5"))).BodyText;

        body.Should().Contain("&lt;b&gt;Yelp&lt;/b&gt;").And.Contain("x=1&amp;y=%222%22").And.NotContain("javascript:");
    }

    [Fact]
    public async Task A_post_without_a_star_shows_the_form_again_and_records_nothing()
    {
        var app = new TestApp();

        var response = await app.Send(Requests.Post("/t/goodtoken", "comment=hi"));

        response.Status.Should().Be(400);
        response.BodyText.Should().Contain("name=\"stars\"");
        app.Answers.Recorded.Should().BeEmpty();
    }

    [Theory]
    [InlineData("/t/tampered/5", 404, "doesn’t work")]
    [InlineData("/t/oldtoken/5", 410, "expired")]
    [InlineData("/t/not%3Ca%3Etoken/5", 404, "doesn’t work")]
    public async Task Invalid_tampered_or_expired_links_get_a_friendly_page(string path, int status, string text)
    {
        var app = new TestApp();

        var response = await app.Send(Requests.Get(path));

        response.Status.Should().Be(status);
        response.BodyText.Should().Contain(text).And.Contain("Nothing was recorded");
        app.Answers.Recorded.Should().BeEmpty();
    }

    [Theory]
    [InlineData("/t/tampered", 404)]
    [InlineData("/t/oldtoken", 410)]
    public async Task Posting_to_a_bad_link_records_nothing(string path, int status)
    {
        var app = new TestApp();

        var response = await app.Send(Requests.Post(path, "stars=5"));

        response.Status.Should().Be(status);
        app.Answers.Recorded.Should().BeEmpty();
    }

    [Fact]
    public async Task A_second_answer_gets_the_already_answered_page()
    {
        var app = new TestApp();
        await app.Send(Requests.Post("/t/goodtoken", "stars=5"));

        var second = await app.Send(Requests.Post("/t/goodtoken", "stars=1"));

        second.BodyText.Should().Contain("already have your answer");
        app.Answers.Recorded.Should().ContainSingle().Which.Stars.Should().Be(5);
    }

    [Fact]
    public async Task Opening_an_answered_link_says_so_without_the_form()
    {
        var response = await new TestApp().Send(Requests.Get("/t/donetoken/5"));

        response.BodyText.Should().Contain("already have your answer").And.NotContain("<form");
    }

    [Fact]
    public async Task Pages_are_self_contained_and_forbid_scripts()
    {
        var response = await new TestApp().Send(Requests.Get("/t/goodtoken/5"));

        response.ContentType.Should().StartWith("text/html");
        response.Headers["Content-Security-Policy"].Should().Contain("default-src 'none'");
        response.BodyText.Should().Contain("name=\"viewport\"").And.NotContain("<script").And.NotContain("src=\"http");
    }
}
