using System.Text;
using FeedbackCollector.Mail.Inbound;

namespace FeedbackCollector.Mail.Tests.Inbound;

public sealed class InboundReplyTests
{
    private static ReplyParseResult Parse(string headers, string body = "Great service, thanks!") =>
        InboundReply.Parse(Encoding.UTF8.GetBytes(headers.Replace("\n", "\r\n") + "\r\n\r\n" + body));

    private const string Plain = "From: Ana <ana@example.com>\nTo: r-tok@reply.example\nSubject: Re: How was your visit?\nMessage-Id: <m1@example.com>\nContent-Type: text/plain; charset=utf-8";

    [Fact]
    public void A_human_reply_is_read_with_its_addresses_and_words()
    {
        var result = Parse(Plain);

        result.Ok.Should().BeTrue();
        result.From.Should().Be("ana@example.com");
        result.MessageId.Should().Be("m1@example.com");
        result.NewText.Should().Be("Great service, thanks!");
        result.AutoReply.Should().Be(AutoReplyVerdict.Human);
    }

    [Fact]
    public void Recipients_include_cc_delivered_to_and_x_original_to_lower_cased()
    {
        var result = Parse("From: a@example.com\nTo: Shop <shop@example.com>\nCc: R-TOK@Reply.Example\nDelivered-To: d@reply.example\nX-Original-To: x@reply.example");

        result.Recipients.Should().Equal("shop@example.com", "r-tok@reply.example", "d@reply.example", "x@reply.example");
    }

    [Theory]
    [InlineData("Auto-Submitted: auto-replied", AutoReplyKind.AutoReply)]
    [InlineData("X-Autoreply: yes", AutoReplyKind.AutoReply)]
    [InlineData("X-Autorespond: yes", AutoReplyKind.AutoReply)]
    [InlineData("Precedence: auto_reply", AutoReplyKind.AutoReply)]
    [InlineData("Precedence: bulk", AutoReplyKind.Bulk)]
    [InlineData("Precedence: junk", AutoReplyKind.Bulk)]
    public void Machine_headers_mark_a_reply_as_automatic(string header, AutoReplyKind kind)
    {
        Parse(Plain + "\n" + header).AutoReply.Kind.Should().Be(kind);
    }

    [Fact]
    public void Auto_submitted_no_is_a_human()
    {
        Parse(Plain + "\nAuto-Submitted: no").AutoReply.IsAutomatic.Should().BeFalse();
    }

    [Theory]
    [InlineData("Out of Office: Re: How was your visit?")]
    [InlineData("Automatic reply: How was your visit?")]
    [InlineData("Abwesenheitsnotiz: Wie war Ihr Besuch?")]
    [InlineData("Réponse automatique : Votre visite")]
    [InlineData("Respuesta automática: su visita")]
    [InlineData("Risposta automatica: la visita")]
    [InlineData("Automatisch antwoord: uw bezoek")]
    [InlineData("Автоответ: ваш визит")]
    public void Out_of_office_subjects_in_several_languages_are_automatic(string subject)
    {
        var headers = Plain.Replace("Subject: Re: How was your visit?", "Subject: " + subject);

        Parse(headers).AutoReply.Kind.Should().Be(AutoReplyKind.AutoReply);
    }

    [Theory]
    [InlineData("MAILER-DAEMON@mx.example.com")]
    [InlineData("postmaster@example.com")]
    public void Mail_from_the_daemon_or_postmaster_is_a_bounce(string sender)
    {
        Parse(Plain.Replace("Ana <ana@example.com>", sender)).AutoReply.Kind.Should().Be(AutoReplyKind.Bounce);
    }

    [Fact]
    public void A_delivery_status_report_is_a_bounce()
    {
        const string report = "From: Mail System <bounces@mx.example>\nTo: r-tok@reply.example\nSubject: Your message\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b\"";
        const string body = "--b\r\nContent-Type: text/plain\r\n\r\nCould not deliver.\r\n--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example\r\n\r\nFinal-Recipient: rfc822; ana@example.com\r\nAction: failed\r\nStatus: 5.1.1\r\n--b--\r\n";

        Parse(report, body).AutoReply.Kind.Should().Be(AutoReplyKind.Bounce);
    }

    [Fact]
    public void An_html_only_reply_is_converted_and_the_gmail_quote_cut()
    {
        var headers = Plain.Replace("text/plain", "text/html");
        const string html = "<html><head><style>p{color:red}</style></head><body><div dir=\"ltr\">Loved it &amp; will be back<br>Ana</div><div class=\"gmail_quote\">On Mon wrote:<blockquote>How was your visit?</blockquote></div></body></html>";

        Parse(headers, html).NewText.Should().Be("Loved it & will be back\nAna");
    }

    [Fact]
    public void A_message_over_the_size_limit_is_refused_without_throwing()
    {
        var bytes = Encoding.ASCII.GetBytes(Plain + "\r\n\r\n" + new string('x', 5000));

        var result = InboundReply.Parse(bytes, new ReplyLimits { MaxBytes = 1000 });

        result.Ok.Should().BeFalse();
        result.Problems.Should().ContainSingle().Which.Should().Contain("1000-byte limit");
    }

    [Fact]
    public void A_stream_over_the_size_limit_is_refused_without_reading_it_all()
    {
        using var stream = new MemoryStream(new byte[200_000]);

        InboundReply.Parse(stream, new ReplyLimits { MaxBytes = 100_000 }).Ok.Should().BeFalse();
    }

    [Fact]
    public void Deeply_nested_multiparts_do_not_break_the_parser()
    {
        var body = new StringBuilder();
        for (var i = 0; i < 100; i++) body.Append($"--b{i}\r\nContent-Type: multipart/mixed; boundary=\"b{i + 1}\"\r\n\r\n");
        body.Append("--b100\r\nContent-Type: text/plain\r\n\r\nDeep\r\n");
        var headers = Plain.Replace("text/plain; charset=utf-8", "multipart/mixed; boundary=\"b0\"");

        var act = () => Parse(headers, body.ToString());

        act.Should().NotThrow();
    }

    [Fact]
    public void More_parts_than_the_cap_are_reported()
    {
        var body = new StringBuilder();
        for (var i = 0; i < 50; i++) body.Append("--b\r\nContent-Type: application/octet-stream\r\n\r\nx\r\n");
        body.Append("--b--\r\n");
        var bytes = Encoding.ASCII.GetBytes(Plain.Replace("text/plain; charset=utf-8", "multipart/mixed; boundary=\"b\"").Replace("\n", "\r\n") + "\r\n\r\n" + body);

        var result = InboundReply.Parse(bytes, new ReplyLimits { MaxParts = 10 });

        result.Problems.Should().Contain(p => p.Contains("more than 10 MIME parts"));
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0, 1, 2, 255, 254 })]
    public void Garbage_gives_a_result_not_an_exception(byte[] bytes)
    {
        var act = () => InboundReply.Parse(bytes);

        act.Should().NotThrow();
    }
}
