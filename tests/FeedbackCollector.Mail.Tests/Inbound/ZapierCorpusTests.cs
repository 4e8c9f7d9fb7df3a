using System.Diagnostics;
using FeedbackCollector.Mail.Inbound;
using FeedbackCollector.Testing;

namespace FeedbackCollector.Mail.Tests.Inbound;

/// <summary>
/// zapier/email-reply-parser's plain-text bodies, with the visible reply that project's own tests expect
/// (exact where its tests are exact, a prefix or fragment where they check one). Where it keeps a
/// one-line mobile signature ("Sent from a magnificent torch of pixels") we remove it, as the issue asks.
/// </summary>
public sealed class ZapierCorpusTests
{
    private static string Reply(string name) =>
        ReplyTextExtractor.Extract(File.ReadAllText(Corpora.PathOf($"replies/zapier/{name}.txt")));

    [Theory]
    [InlineData("correct_sig", "this is an email with a correct -- signature.")]
    [InlineData("email_1_4", "Awesome! I haven't had another problem with it.")]
    [InlineData("email_1_6", "I get proper rendering as well.")]
    [InlineData("email_1_7", ":+1:")]
    [InlineData("email_2_1", "Outlook with a reply")]
    [InlineData("email_2_2", "Outlook with a reply directly above line")]
    [InlineData("email_2_3", "Outlook with a reply above headers using unusual format")]
    [InlineData("email_BlackBerry", "Here is another email")]
    [InlineData("email_iPhone", "Here is another email")]
    [InlineData("email_multi_word_sent_from_my_mobile_device", "Here is another email")]
    [InlineData("email_gmail", "This is a test for inbox replying to a github message.")]
    [InlineData("email_headers_no_delimiter", "And another reply!")]
    [InlineData("email_sent_from_my_not_signature", "Here is another email\n\nSent from my desk, is much easier then my mobile phone.")]
    [InlineData("email_sig_delimiter_in_middle_of_line", "Hi there!\n\nStuff happened.\n\nAnd here is a fix -- this is not a signature.\n\nkthxbai")]
    [InlineData("email_bullets", "test 2 this should list second\n\nand have spaces\n\nand retain this formatting\n\n\n   - how about bullets\n   - and another")]
    public void The_visible_reply_is_exactly_what_the_customer_wrote(string name, string expected) =>
        Reply(name).Should().Be(expected);

    [Theory]
    [InlineData("email_1_1", "Hi folks\n\nWhat is the best way to clear a Riak bucket", "")]
    [InlineData("email_1_2", "Hi,\n\nYou can list the keys for the bucket and call delete for each.", "Abhishek Kona wrote")]
    [InlineData("email_1_3", "Oh thanks.\n\nHaving the function would be great.", "Russell Brown wrote")]
    [InlineData("email_1_5", "One: Here's what I've got.", "")]
    [InlineData("email_1_8", "I will reply under this one", "Example Dev")]
    [InlineData("email_one_is_not_on", "Thank, this is really helpful.\n\nOne outstanding question I had:", "Dave Tapley wrote")]
    [InlineData("email_partial_quote_header", "On your remote host you can run:\n\n     telnet 127.0.0.1 52698", "George Plymale wrote")]
    [InlineData("greedy_on", "On your remote host you can run:\n\n     telnet 127.0.0.1 52698", "George Plymale wrote")]
    [InlineData("pathological", "I think you're onto something. I will try to fix the problem as soon as I\nget back to a computer.", "John Sullivan")]
    public void The_visible_reply_starts_with_the_new_text_and_leaves_the_quote_out(string name, string start, string quoted)
    {
        var reply = Reply(name);

        reply.Should().StartWith(start);
        if (quoted.Length > 0) reply.Should().NotContain(quoted);
        reply.Should().NotContain("\n>");
    }

    [Fact]
    public void Every_zapier_file_in_the_corpus_has_an_expectation()
    {
        var covered = typeof(ZapierCorpusTests).GetMethods()
            .SelectMany(m => m.GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>())
            .Select(a => (string)a.Data[0]!)
            .ToHashSet();
        var files = Directory.GetFiles(Corpora.PathOf("replies/zapier"), "*.txt").Select(Path.GetFileNameWithoutExtension);

        files.Should().OnlyContain(f => covered.Contains(f!)).And.HaveCount(24);
    }

    [Fact]
    public void Inline_answers_below_quoted_blocks_are_kept()
    {
        var reply = Reply("email_1_8");

        reply.Should().Contain("I will reply under this one").And.Contain("and under this.");
        reply.Should().NotContain("okay?");
    }

    [Fact]
    public void A_one_paragraph_body_with_bullets_is_kept_whole()
    {
        Reply("email_1_5").Should().Contain("This is a paragraph that talks about a bunch of stuff.");
    }

    [Fact]
    public void The_pathological_body_is_parsed_quickly()
    {
        var text = File.ReadAllText(Corpora.PathOf("replies/zapier/pathological.txt"));
        var watch = Stopwatch.StartNew();

        ReplyTextExtractor.Extract(text);

        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1));
    }
}
