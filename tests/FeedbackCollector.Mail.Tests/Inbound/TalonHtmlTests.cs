using FeedbackCollector.Mail.Inbound;
using FeedbackCollector.Testing;
using MimeKit;

namespace FeedbackCollector.Mail.Tests.Inbound;

/// <summary>
/// The HTML alternatives in talon's corpus, read as if they were the only part (HTML-only clients):
/// the HTML→text path must find the same new text. Outlook's HTML part of that fixture genuinely says
/// "Allo! Follow up MIME!" above its From:/Sent: block.
/// </summary>
public sealed class TalonHtmlTests
{
    [Theory]
    [InlineData("android", "Hello")]
    [InlineData("aol", "Hello")]
    [InlineData("comcast", "Hello")]
    [InlineData("gmail", "Hello")]
    [InlineData("hotmail", "Hello")]
    [InlineData("sparrow", "Hello")]
    [InlineData("outlook", "Allo! Follow up MIME!")]
    public void The_html_alternative_alone_gives_the_new_text(string name, string expected)
    {
        var message = MimeMessage.Load(Corpora.PathOf($"replies/talon/{name}.eml"), TestContext.Current.CancellationToken);

        ReplyTextExtractor.Extract(HtmlToText.Convert(message.HtmlBody!)).Should().Be(expected);
    }
}
