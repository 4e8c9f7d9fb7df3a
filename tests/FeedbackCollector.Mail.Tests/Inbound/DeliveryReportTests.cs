using System.Text;
using FeedbackCollector.Core.Flow;
using FeedbackCollector.Mail.Inbound;

namespace FeedbackCollector.Mail.Tests.Inbound;

/// <summary>
/// Delivery reports in the shapes SES forwards to the Return-Path (RFC 3464 DSN from MAILER-DAEMON@amazonses.com,
/// RFC 5965 ARF from complaints@email-abuse.amazonses.com) and a Postfix delay notice.
/// </summary>
public sealed class DeliveryReportTests
{
    private const string Token = "r-abcdefghijklmnopqrstuvwxyz234567abcdefghijklmnopqrstuvwxyz23456";

    private static string Dsn(string action, string status, string diagnostic) => $"""
        Return-Path: <>
        From: MAILER-DAEMON@amazonses.com
        To: {Token}@reply.example.com
        Subject: Delivery Status Notification (Failure)
        Message-ID: <0100018c-dsn@email.amazonses.com>
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

        --b1
        Content-Type: text/plain; charset=us-ascii

        An error occurred while trying to deliver the mail to the following recipients:
        ann@example.org
        --b1
        Content-Type: message/delivery-status

        Reporting-MTA: dns; a8-50.smtp-out.amazonses.com

        Final-Recipient: rfc822; ann@example.org
        Action: {action}
        Status: {status}
        Remote-MTA: dns; mx.example.org
        Diagnostic-Code: smtp; {diagnostic}

        --b1
        Content-Type: text/rfc822-headers

        From: Kopi & Co <hello@kopi.example>
        To: ann@example.org
        Subject: How was your visit, Ann?
        --b1--
        """;

    private const string Complaint = $"""
        From: complaints@email-abuse.amazonses.com
        To: {Token}@reply.example.com
        Subject: Complaint Notification
        Message-ID: <0100018c-arf@email.amazonses.com>
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type=feedback-report; boundary="b2"

        --b2
        Content-Type: text/plain; charset=us-ascii

        This is an email abuse report for an email message received from IP 54.240.8.50.
        --b2
        Content-Type: message/feedback-report

        Feedback-Type: abuse
        User-Agent: Yahoo!-Mail-Feedback/2.0
        Version: 1
        Original-Mail-From: <0100018c@amazonses.com>
        Arrival-Date: Fri, 27 Nov 2026 09:12:44 +0000

        --b2
        Content-Type: message/rfc822

        From: Kopi & Co <hello@kopi.example>
        To: ann@example.org
        Subject: How was your visit, Ann?

        Tap a star.
        --b2--
        """;

    private static ReplyParseResult Parse(string text) => InboundReply.Parse(Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal)));

    [Fact]
    public void A_failed_5xx_recipient_is_a_hard_bounce_with_its_status_and_diagnostic()
    {
        var result = Parse(Dsn("failed", "5.1.1", "550 5.1.1 <ann@example.org>: Recipient address rejected: User unknown"));

        result.DeliveryFailure.Should().NotBeNull();
        result.DeliveryFailure!.Kind.Should().Be(DeliveryFailureKind.HardBounce);
        result.DeliveryFailure.Suppresses.Should().BeTrue();
        result.DeliveryFailure.Reason.Should().Be("bounce");
        result.DeliveryFailure.Detail.Should().StartWith("5.1.1 failed: smtp; 550 5.1.1").And.Contain("User unknown");
        result.AutoReply.Kind.Should().Be(AutoReplyKind.Bounce);
    }

    [Theory]
    [InlineData("delayed", "4.4.7")]
    [InlineData("failed", "4.2.2")]
    public void A_delay_or_a_4xx_failure_is_a_soft_bounce_that_suppresses_nothing(string action, string status)
    {
        var result = Parse(Dsn(action, status, "452 4.2.2 Mailbox full"));

        result.DeliveryFailure!.Kind.Should().Be(DeliveryFailureKind.SoftBounce);
        result.DeliveryFailure.Suppresses.Should().BeFalse();
    }

    [Fact]
    public void A_delivered_notice_is_no_failure()
    {
        Parse(Dsn("delivered", "2.0.0", "250 ok")).DeliveryFailure.Should().BeNull();
    }

    [Fact]
    public void An_abuse_report_is_a_complaint_that_suppresses()
    {
        var result = Parse(Complaint);

        result.DeliveryFailure.Should().Be(new DeliveryFailure(DeliveryFailureKind.Complaint, "feedback-type abuse"));
        result.DeliveryFailure!.Reason.Should().Be("complaint");
        result.AutoReply.Kind.Should().Be(AutoReplyKind.Complaint);
    }

    [Fact]
    public void A_bounce_known_only_by_its_subject_is_not_read_as_a_delivery_failure()
    {
        var result = Parse($"""
            From: postmaster@example.org
            To: {Token}@reply.example.com
            Subject: Undeliverable: How was your visit, Ann?

            Your message could not be delivered.
            """);

        result.AutoReply.Kind.Should().Be(AutoReplyKind.Bounce);
        result.DeliveryFailure.Should().BeNull();
    }

    [Fact]
    public void A_customers_reply_is_no_delivery_failure()
    {
        Parse($"""
            From: Ann <ann@example.org>
            To: {Token}@reply.example.com
            Subject: Re: How was your visit, Ann?

            Lovely, thanks!
            """).DeliveryFailure.Should().BeNull();
    }
}
