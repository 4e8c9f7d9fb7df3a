using System.Text;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Mail.Inbound;
using FeedbackCollector.Mail.Outbound;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace FeedbackCollector.Mail.Tests.Outbound;

public sealed class MimeBuilderTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    private static OutboundEmail Ask() => new(
        To: "Ana <ana@example.com>",
        From: "Salon <hello@salon.example>",
        ReplyTo: "r-abc123@reply.salon.example",
        Subject: "How was your visit, Ana?",
        TextBody: "Tap a star: ★★★★★",
        HtmlBody: "<p>Tap a star</p>",
        Headers: new Dictionary<string, string>
        {
            ["List-Unsubscribe"] = "<https://fc.example/u/tok>, <mailto:u-tok@reply.salon.example>",
            ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
        },
        MessageId: "ask-a123@salon.example");

    private static MimeMessage RoundTrip(OutboundEmail email)
    {
        var bytes = MimeBuilder.ToBytes(new MimeBuilder(new FakeTimeProvider(Now)).Build(email));
        return MimeMessage.Load(new MemoryStream(bytes));
    }

    [Fact]
    public void An_ask_is_multipart_alternative_with_plain_text_first_and_html_last()
    {
        var message = RoundTrip(Ask());

        var body = message.Body.Should().BeOfType<MultipartAlternative>().Subject;
        body.Should().HaveCount(2);
        body[0].ContentType.MimeType.Should().Be("text/plain");
        body[1].ContentType.MimeType.Should().Be("text/html");
        message.TextBody.Should().Be("Tap a star: ★★★★★");
    }

    [Fact]
    public void Unsubscribe_headers_reach_the_wire_verbatim()
    {
        var message = RoundTrip(Ask());

        message.Headers["List-Unsubscribe"].Should().Be("<https://fc.example/u/tok>, <mailto:u-tok@reply.salon.example>");
        message.Headers["List-Unsubscribe-Post"].Should().Be("List-Unsubscribe=One-Click");
    }

    [Fact]
    public void Reply_to_message_id_and_date_come_from_the_email_and_the_injected_clock()
    {
        var message = RoundTrip(Ask());

        message.ReplyTo.Mailboxes.Single().Address.Should().Be("r-abc123@reply.salon.example");
        message.MessageId.Should().Be("ask-a123@salon.example");
        message.Date.Should().Be(Now);
    }

    [Fact]
    public void The_bytes_use_crlf_line_endings()
    {
        var bytes = MimeBuilder.ToBytes(new MimeBuilder(new FakeTimeProvider(Now)).Build(Ask()));

        var text = Encoding.ASCII.GetString(bytes);
        text.Should().Contain("\r\n").And.NotMatchRegex("[^\r]\n");
    }

    [Fact]
    public void A_plain_only_email_is_a_single_text_part()
    {
        var message = RoundTrip(Ask() with { HtmlBody = null });

        message.Body.Should().BeOfType<TextPart>().Which.IsPlain.Should().BeTrue();
    }

    [Fact]
    public void An_extra_header_that_would_override_a_field_is_refused()
    {
        var email = Ask() with { Headers = new Dictionary<string, string> { ["From"] = "evil@example.com" } };

        var act = () => new MimeBuilder(new FakeTimeProvider(Now)).Build(email);

        act.Should().Throw<ArgumentException>().WithMessage("*From*");
    }

    [Fact]
    public void Our_own_ask_parses_back_as_a_human_message_for_the_reply_address()
    {
        var bytes = MimeBuilder.ToBytes(new MimeBuilder(new FakeTimeProvider(Now)).Build(Ask()));

        var parsed = InboundReply.Parse(bytes);

        parsed.Recipients.Should().Equal("ana@example.com");
        parsed.NewText.Should().Be("Tap a star: ★★★★★");
    }
}
