using System.Text;
using FeedbackCollector.Mail.Inbound;
using FeedbackCollector.Mail.Inbound.Markers;

namespace FeedbackCollector.Mail.Tests.Inbound.Markers;

/// <summary>One test per language of the marker table and per kind of marker, with the table's own example lines.</summary>
public sealed class ReplyLanguagesTests
{
    private const string Reply = "Très bien, merci";

    public static TheoryData<string> Languages() => [.. ReplyLanguages.All.Select(l => l.Code)];

    private static LanguageExamples Examples(string code) => ReplyLanguages.All.Single(l => l.Code == code).Examples;

    [Fact]
    public void Every_language_the_issue_names_has_an_entry()
    {
        ReplyLanguages.All.Select(l => l.Code).Should().Contain(
            ["en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "no", "fi", "pl", "cs", "ru", "uk", "tr", "ja", "zh", "ko"]);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void An_attribution_line_starts_the_quote(string code) =>
        ReplyTextExtractor.Extract($"{Reply}\n\n{Examples(code).Attribution}\n\n> How was your visit?\n>\n> Kim").Should().Be(Reply);

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_separator_line_ends_the_reply(string code) =>
        ReplyTextExtractor.Extract($"{Reply}\n\n{Examples(code).Separator}\nHow was your visit?\nKim").Should().Be(Reply);

    [Theory]
    [MemberData(nameof(Languages))]
    public void An_outlook_header_block_ends_the_reply(string code) =>
        ReplyTextExtractor.Extract($"{Reply}\n\n________________________________\n{Examples(code).HeaderBlock}\n\nHow was your visit?").Should().Be(Reply);

    [Theory]
    [MemberData(nameof(Languages))]
    public void An_outlook_header_block_with_bold_labels_ends_the_reply(string code)
    {
        var bold = string.Join('\n', Examples(code).HeaderBlock.Split('\n').Select(l => "*" + l.Replace(":", ":*", StringComparison.Ordinal)));

        ReplyTextExtractor.Extract($"{Reply}\n\n{bold}\n\nHow was your visit?").Should().Be(Reply);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_device_tagline_is_cut(string code) =>
        ReplyTextExtractor.Extract($"{Reply}\n\n{Examples(code).Tagline}").Should().Be(Reply);

    [Theory]
    [MemberData(nameof(Languages))]
    public void An_out_of_office_subject_marks_an_auto_reply(string code)
    {
        var raw = $"From: ann@example.com\r\nTo: r-abc@reply.example\r\nSubject: {Examples(code).OutOfOfficeSubject}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nBack on Monday.\r\n";

        InboundReply.Parse(Encoding.UTF8.GetBytes(raw)).AutoReply.Kind.Should().Be(AutoReplyKind.AutoReply);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void An_out_of_office_first_line_marks_an_auto_reply(string code)
    {
        var phrase = ReplyLanguages.All.Single(l => l.Code == code).OutOfOffice[0];

        AutoReplyDetector.FromFirstLines($"{phrase}: 2.3.2026 - 9.3.2026\n\nKim").Kind.Should().Be(AutoReplyKind.AutoReply);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_one_word_reply_above_the_quote_survives(string code) =>
        ReplyTextExtractor.Extract($"👍\n{Examples(code).Attribution}\n> How was your visit?").Should().Be("👍");

    [Theory]
    [InlineData("I was on vacation last week and the cut still looks great!")]
    [InlineData("Loved it. Sent from my heart, Ann")]
    [InlineData("Absolutely perfect, thank you")]
    public void A_customer_sentence_that_mentions_a_phrase_is_not_an_auto_reply(string text) =>
        AutoReplyDetector.FromFirstLines(text).IsAutomatic.Should().BeFalse();
}
