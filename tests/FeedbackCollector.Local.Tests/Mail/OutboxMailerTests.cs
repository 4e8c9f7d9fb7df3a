using FeedbackCollector.Local.Mail;
using FeedbackCollector.Local.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace FeedbackCollector.Local.Tests.Mail;

public sealed class OutboxMailerTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 4, 30, 15, 250, TimeSpan.Zero));

    [Fact]
    public async Task A_sent_email_is_an_eml_file_named_by_time_and_message_id()
    {
        var mailer = new OutboxMailer(_folder.Path, _time);

        var result = await mailer.SendAsync(Emails.Ask());

        result.Sent.Should().BeTrue();
        result.ProviderId.Should().Be("20261128-043015-250-ask.a123@shop.example.com.eml");
        mailer.List().Should().Equal(result.ProviderId);
    }

    [Fact]
    public async Task The_eml_carries_both_parts_the_reply_to_and_the_unsubscribe_headers()
    {
        var mailer = new OutboxMailer(_folder.Path, _time);

        var result = await mailer.SendAsync(Emails.Ask());
        var message = await MimeMessage.LoadAsync(mailer.PathOf(result.ProviderId!)!);

        message.MessageId.Should().Be("ask.a123@shop.example.com");
        message.ReplyTo.Mailboxes.Single().Address.Should().Be("r-token123@reply.example.com");
        message.Headers["List-Unsubscribe-Post"].Should().Be("List-Unsubscribe=One-Click");
        message.Headers["List-Unsubscribe"].Should().Be("<https://shop.example.com/u/abc>");
        message.TextBody.Should().Contain("https://shop.example.com/t/abc");
        message.HtmlBody.Should().Contain("<p>Tap a star</p>");
    }

    [Fact]
    public async Task Sending_the_same_message_id_again_writes_nothing_new()
    {
        var mailer = new OutboxMailer(_folder.Path, _time);

        var first = await mailer.SendAsync(Emails.Ask());
        _time.Advance(TimeSpan.FromMinutes(1));
        var second = await mailer.SendAsync(Emails.Ask());

        second.Should().Be(first);
        mailer.List().Should().ContainSingle();
    }

    [Fact]
    public async Task A_message_id_with_path_characters_cannot_leave_the_outbox()
    {
        var mailer = new OutboxMailer(_folder.Path, _time);

        var result = await mailer.SendAsync(Emails.Ask(messageId: "../../etc/x@y"));

        result.Sent.Should().BeTrue();
        Directory.EnumerateFiles(_folder.Path).Should().ContainSingle().Which.Should().EndWith(".._.._etc_x@y.eml");
        mailer.PathOf("../x.eml").Should().BeNull();
    }

    [Fact]
    public async Task An_invalid_address_is_a_permanent_failure()
    {
        var mailer = new OutboxMailer(_folder.Path, _time);

        var result = await mailer.SendAsync(Emails.Ask(to: "not an address <<"));

        result.Sent.Should().BeFalse();
        result.Transient.Should().BeFalse();
    }

    [Fact]
    public async Task A_header_that_would_override_the_message_fields_is_a_permanent_failure_and_writes_nothing()
    {
        var mailer = new OutboxMailer(_folder.Path, _time);
        var email = Emails.Ask() with { Headers = new Dictionary<string, string> { ["Reply-To"] = "evil@example.com" } };

        var result = await mailer.SendAsync(email);

        result.Should().BeEquivalentTo(new { Sent = false, Transient = false });
        mailer.List().Should().BeEmpty();
    }

    public void Dispose() => _folder.Dispose();
}
