using FeedbackCollector.Core.Ports;
using FeedbackCollector.Mail.Owner;
using FeedbackCollector.Testing.Fakes;

namespace FeedbackCollector.Local.Tests.Owner;

public sealed class EmailOwnerNotifierTests
{
    private static readonly OwnerPing Ping = new("c1", "a1", "Unhappy: Ann (haircut)",
        "The <b>colour</b> was wrong & nobody listened.",
        [new Uri("tel:+6591234567"), new Uri("sms:+6591234567"), new Uri("https://g.page/r/review-link")]);

    [Fact]
    public async Task A_ping_is_mailed_to_the_owner_and_reported_as_email()
    {
        var mailer = new FakeMailer();

        var result = await new EmailOwnerNotifier(mailer, "owner@shop.example.com", "fc@shop.example.com").NotifyAsync(Ping);

        result.Should().Be(SendResult.Ok("email"));
        var email = mailer.SentTo("owner@shop.example.com").Should().ContainSingle().Subject;
        email.Subject.Should().Be("Unhappy: Ann (haircut)");
        email.TextBody.Should().Contain("The <b>colour</b> was wrong & nobody listened.").And.Contain("tel:+6591234567");
    }

    [Fact]
    public async Task The_html_part_escapes_the_customer_words_and_carries_no_review_link()
    {
        var mailer = new FakeMailer();

        await new EmailOwnerNotifier(mailer, "owner@shop.example.com", "fc@shop.example.com").NotifyAsync(Ping);

        var email = mailer.Sent.Single();
        email.HtmlBody.Should().Contain("The &lt;b&gt;colour&lt;/b&gt; was wrong &amp; nobody listened.");
        email.HtmlBody.Should().Contain("href=\"sms:+6591234567\"");
        (email.HtmlBody + email.TextBody).Should().NotContain("g.page").And.NotContain("review");
    }

    [Fact]
    public async Task The_same_ping_twice_has_the_same_message_id_so_the_outbox_keeps_one()
    {
        var mailer = new FakeMailer();
        var notifier = new EmailOwnerNotifier(mailer, "owner@shop.example.com", "fc@shop.example.com");

        await notifier.NotifyAsync(Ping);
        await notifier.NotifyAsync(Ping);

        mailer.Sent.Select(m => m.MessageId).Distinct().Should().ContainSingle().Which.Should().EndWith("@shop.example.com");
    }

    [Fact]
    public async Task A_mail_failure_is_passed_on_as_it_is()
    {
        var mailer = new FakeMailer();
        mailer.Script.FailNext(1, transient: true, error: "smtp 451");

        var result = await new EmailOwnerNotifier(mailer, "owner@shop.example.com", "fc@shop.example.com").NotifyAsync(Ping);

        result.Should().Be(SendResult.Failed("smtp 451", transient: true));
    }
}
