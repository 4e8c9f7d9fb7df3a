using System.Text;
using FeedbackCollector.Mail.Inbound;

namespace FeedbackCollector.Mail.Tests.Inbound;

/// <summary>The machine headers of issue 14 beyond the ones InboundReplyTests covers, and the text signs.</summary>
public sealed class AutoReplyHeadersTests
{
    private static ReplyParseResult Parse(string extraHeader, string body = "Thanks, all good.") =>
        InboundReply.Parse(Encoding.UTF8.GetBytes(
            $"From: ann@example.com\r\nTo: r-abc@reply.example\r\nSubject: Re: How was your visit?\r\n{extraHeader}Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"));

    [Theory]
    [InlineData("Auto-Submitted: auto-generated\r\n")]
    [InlineData("Auto-Submitted: auto-notified\r\n")]
    [InlineData("X-Auto-Response-Suppress: All\r\n")]
    [InlineData("X-Auto-Response-Suppress: OOF, AutoReply\r\n")]
    [InlineData("X-Autoreply: yes\r\n")]
    [InlineData("X-Autorespond: Out of office\r\n")]
    public void A_machine_header_marks_the_reply_automatic(string header) =>
        Parse(header).AutoReply.IsAutomatic.Should().BeTrue();

    [Fact]
    public void A_plain_human_reply_is_not_automatic() =>
        Parse("").AutoReply.IsAutomatic.Should().BeFalse();

    [Fact]
    public void An_out_of_office_first_line_with_a_plain_subject_is_automatic() =>
        Parse("", "I am out of the office until 9 March with limited access to email.").AutoReply.Kind.Should().Be(AutoReplyKind.AutoReply);

    [Fact]
    public void A_multipart_report_is_never_a_customers_reply()
    {
        const string raw = "From: mailer@example.com\r\nTo: r-abc@reply.example\r\nSubject: Report\r\nContent-Type: multipart/report; report-type=disposition-notification; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nYour message was read.\r\n--b--\r\n";

        InboundReply.Parse(Encoding.UTF8.GetBytes(raw)).AutoReply.IsAutomatic.Should().BeTrue();
    }
}
