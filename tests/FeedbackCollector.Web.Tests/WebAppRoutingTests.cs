using FeedbackCollector.Web.Tests.Fakes;
using FeedbackCollector.Web.Webhooks;

namespace FeedbackCollector.Web.Tests;

public sealed class WebAppRoutingTests
{
    [Theory]
    [InlineData("GET", "/")]
    [InlineData("GET", "/nothing/here")]
    [InlineData("GET", "/t")]
    [InlineData("POST", "/owner/other")]
    public async Task Unknown_paths_get_a_404_page(string method, string path)
    {
        var response = await new TestApp().Send(Requests.Get(path) with { Method = method });

        response.Status.Should().Be(404);
        response.ContentType.Should().StartWith("text/html");
    }

    [Theory]
    [InlineData("POST", "/t/goodtoken/5", "GET")]
    [InlineData("PUT", "/t/goodtoken", "GET, POST")]
    [InlineData("PUT", "/u/goodtoken", "GET, POST")]
    [InlineData("DELETE", "/owner", "GET")]
    [InlineData("GET", "/owner/decide", "POST")]
    public async Task Known_paths_with_the_wrong_method_get_405_with_allow(string method, string path, string allow)
    {
        var app = new TestApp();

        var response = await app.Send(Requests.Get(path) with { Method = method });

        response.Status.Should().Be(405);
        response.Headers["Allow"].Should().Be(allow);
        app.Answers.Recorded.Should().BeEmpty();
    }

    [Fact]
    public async Task Health_is_plain_ok()
    {
        (await new TestApp().Send(Requests.Get("/healthz"))).BodyText.Should().Be("ok");
    }

    [Fact]
    public async Task Without_an_owner_secret_the_owner_page_does_not_exist()
    {
        var app = new TestApp();
        var noOwner = new WebApp(new WebAppOptions(null, new Dictionary<string, WebhookSchemeOptions>()),
            new WebAppServices(app.Answers, app.Unsubscribes, new BlobWebhookInbox(app.Blobs), app.Visits, app.Owner), app.Time);

        var response = await noOwner.Handle(Requests.Get("/owner"), TestContext.Current.CancellationToken);

        response.Status.Should().Be(404);
    }

    [Fact]
    public void Header_names_are_matched_whatever_their_case()
    {
        var request = Requests.Get("/x", headers: new Dictionary<string, string> { ["x-fc-signature"] = "v" });

        request.Header("X-FC-Signature").Should().Be("v");
    }
}
