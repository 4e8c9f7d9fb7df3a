using System.Text;
using FeedbackCollector.Lambda.Handlers;
using FeedbackCollector.Web.Http;

namespace FeedbackCollector.Lambda.Tests.Handlers;

public sealed class FunctionUrlsTests
{
    [Fact]
    public void A_binary_response_is_base64_encoded_and_text_is_not()
    {
        var png = FunctionUrls.ToResponse(new WebResponse(200, new Dictionary<string, string>(), [0x89, 0x50, 0x4e, 0x47], "image/png"));
        var html = FunctionUrls.ToResponse(new WebResponse(404, new Dictionary<string, string> { ["Set-Cookie"] = "fc=1; Secure" },
            Encoding.UTF8.GetBytes("<p>gone</p>"), "text/html"));

        (png.IsBase64Encoded, png.Body).Should().Be((true, "iVBORw=="));
        (html.IsBase64Encoded, html.Body, html.StatusCode).Should().Be((false, "<p>gone</p>", 404));
        html.Headers["content-type"].Should().Be("text/html");
        html.Cookies.Should().Equal("fc=1; Secure");
    }

    [Fact]
    public void The_query_string_is_decoded_first_value_wins_and_is_capped()
    {
        var many = string.Join('&', Enumerable.Range(0, 80).Select(i => $"k{i}=v"));

        FunctionUrls.ParseQuery("s=5&s=1&note=a+b%21&flag").Should().BeEquivalentTo(
            new Dictionary<string, string> { ["s"] = "5", ["note"] = "a b!", ["flag"] = "" });
        FunctionUrls.ParseQuery(many).Should().HaveCount(50);
    }

    [Fact]
    public void A_body_marked_base64_that_is_not_is_an_invalid_event()
    {
        var request = new FeedbackCollector.Lambda.Events.FunctionUrlRequest("2.0", "/", null, null, null, null, "%%%", true);

        var map = () => FunctionUrls.ToWebRequest(request);

        map.Should().Throw<InvalidEventException>();
    }
}
