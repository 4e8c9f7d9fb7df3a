using FeedbackCollector.Web.Tests.Fakes;

namespace FeedbackCollector.Web.Tests.Pages;

public sealed class UnsubscribePageTests
{
    [Fact]
    public async Task Opening_the_unsubscribe_link_asks_for_confirmation_and_unsubscribes_nobody()
    {
        var app = new TestApp();

        var response = await app.Send(Requests.Get("/u/goodtoken"));

        response.Status.Should().Be(200);
        response.BodyText.Should().Contain("a***@example.com").And.Contain("method=\"post\" action=\"/u/goodtoken\"");
        app.Unsubscribes.Unsubscribed.Should().BeEmpty();
    }

    [Fact]
    public async Task A_one_click_post_unsubscribes_without_confirmation()
    {
        var app = new TestApp();

        var response = await app.Send(Requests.Post("/u/goodtoken", "List-Unsubscribe=One-Click"));

        response.Status.Should().Be(200);
        app.Unsubscribes.Unsubscribed.Should().Equal("goodtoken");
    }

    [Fact]
    public async Task A_one_click_post_sent_as_multipart_form_data_unsubscribes_too()
    {
        var app = new TestApp();
        const string body = "--b\r\nContent-Disposition: form-data; name=\"List-Unsubscribe\"\r\n\r\nOne-Click\r\n--b--\r\n";
        var headers = new Dictionary<string, string> { ["Content-Type"] = "multipart/form-data; boundary=b" };

        var response = await app.Send(Requests.Post("/u/goodtoken", body, headers));

        response.Status.Should().Be(200);
        app.Unsubscribes.Unsubscribed.Should().Equal("goodtoken");
    }

    [Fact]
    public async Task The_confirm_button_unsubscribes_and_doing_it_twice_is_harmless()
    {
        var app = new TestApp();

        await app.Send(Requests.Post("/u/goodtoken", "confirm=yes"));
        var again = await app.Send(Requests.Post("/u/goodtoken", "confirm=yes"));

        again.Status.Should().Be(200);
        app.Unsubscribes.Unsubscribed.Should().Equal("goodtoken");
    }

    [Fact]
    public async Task A_post_with_neither_one_click_nor_confirm_only_shows_the_confirm_page()
    {
        var app = new TestApp();

        var response = await app.Send(Requests.Post("/u/goodtoken", ""));

        response.BodyText.Should().Contain("Unsubscribe");
        app.Unsubscribes.Unsubscribed.Should().BeEmpty();
    }

    [Fact]
    public async Task A_bad_unsubscribe_link_gets_a_friendly_page()
    {
        (await new TestApp().Send(Requests.Post("/u/forged", "List-Unsubscribe=One-Click"))).Status.Should().Be(404);
    }
}
