using FeedbackCollector.Mail.Inbound;
using FeedbackCollector.Testing;

namespace FeedbackCollector.Mail.Tests.Inbound;

/// <summary>
/// mailgun/talon's standard replies: raw MIME from a dozen clients whose new text is "Hello".
/// Where talon's own expectation (&lt;name&gt;_reply_text) keeps a signature, we go further and remove it,
/// so its expectation must start with our text.
/// </summary>
public sealed class TalonCorpusTests
{
    public static TheoryData<string> Files() => new(
        "android", "aol", "apple_mail", "apple_mail_2", "comcast", "gmail", "hotmail", "iphone", "outlook",
        "sparrow", "thunderbird", "yahoo");

    [Theory]
    [MemberData(nameof(Files))]
    public void The_new_text_of_each_client_reply_is_Hello(string name)
    {
        var bytes = File.ReadAllBytes(Corpora.PathOf($"replies/talon/{name}.eml"));

        var result = InboundReply.Parse(bytes);

        result.Ok.Should().BeTrue();
        result.NewText.Should().Be("Hello");
        result.AutoReply.IsAutomatic.Should().BeFalse();
    }

    [Theory]
    [InlineData("iphone")]
    [InlineData("sparrow")]
    public void Talons_expected_text_starts_with_ours_and_we_also_drop_the_signature(string name)
    {
        var expected = File.ReadAllText(Corpora.PathOf($"replies/talon/{name}_reply_text"));
        var result = InboundReply.Parse(File.ReadAllBytes(Corpora.PathOf($"replies/talon/{name}.eml")));

        expected.Should().StartWith(result.NewText);
        result.NewText.Should().NotContain("Sent from").And.NotContain("Sparrow");
    }

    [Fact]
    public void Every_talon_file_in_the_corpus_is_covered()
    {
        var folder = Corpora.PathOf("replies/talon");
        var names = Directory.GetFiles(folder, "*.eml").Select(Path.GetFileNameWithoutExtension).Order();

        names.Should().BeEquivalentTo(Files().Select(row => (string)row.Data));
    }

    [Fact]
    public void Headers_of_a_real_reply_are_read()
    {
        var result = InboundReply.Parse(File.ReadAllBytes(Corpora.PathOf("replies/talon/gmail.eml")));

        result.From.Should().Be("xxx@gmail.com");
        result.Subject.Should().Be("Re: Test");
        result.Recipients.Should().Contain("bob@example.com");
    }
}
