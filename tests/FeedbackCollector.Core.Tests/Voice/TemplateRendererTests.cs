using FeedbackCollector.Core.Voice;

namespace FeedbackCollector.Core.Tests.Voice;

public sealed class TemplateRendererTests
{
    private static readonly Dictionary<string, string> Values = new()
    {
        ["first_name"] = "<b>Ann</b> & co",
        ["business"] = "Kim's Salon",
    };

    [Fact]
    public void It_escapes_customer_values_for_html()
    {
        TemplateRenderer.Render("Hi {first_name}", Values, Medium.Html).Should().Be("Hi &lt;b&gt;Ann&lt;/b&gt; &amp; co");
    }

    [Fact]
    public void It_escapes_customer_values_for_slack_so_they_cannot_form_links_or_mentions()
    {
        var v = new Dictionary<string, string> { ["message"] = "<!channel> see <http://x|here>" };
        TemplateRenderer.Render("said: {message}", v, Medium.Slack).Should().Be("said: &lt;!channel&gt; see &lt;http://x|here&gt;");
    }

    [Fact]
    public void It_leaves_plain_text_values_as_they_are()
    {
        TemplateRenderer.Render("{business} thanks {first_name}", Values, Medium.PlainText).Should().Be("Kim's Salon thanks <b>Ann</b> & co");
    }

    [Fact]
    public void A_missing_value_renders_empty_rather_than_showing_the_placeholder()
    {
        TemplateRenderer.Render("Hi {first_name}{visit_type}!", new Dictionary<string, string>(), Medium.PlainText).Should().Be("Hi !");
    }
}
