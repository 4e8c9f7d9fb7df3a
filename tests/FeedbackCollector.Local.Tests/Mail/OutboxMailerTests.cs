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

    [Fact]
    public async Task A_duplicate_send_is_still_caught_with_100000_mails_in_the_outbox()
    {
        // Placeholders on a RAM file system: 200,000 file creations (mails and their index entries) on a disk take minutes.
        using var big = new TempFolder(inMemory: true);
        for (var i = 0; i < 100_000; i++)
        {
            File.Create(Path.Combine(big.Path, $"20261101-090000-000-ask.{i:D6}@shop.example.com.eml")).Dispose();
        }
        var mailer = new OutboxMailer(big.Path, _time);

        var old = await mailer.SendAsync(Emails.Ask(messageId: "ask.099999@shop.example.com"));
        var fresh = await mailer.SendAsync(Emails.Ask());
        _time.Advance(TimeSpan.FromMinutes(1));
        var again = await mailer.SendAsync(Emails.Ask());

        old.ProviderId.Should().Be("20261101-090000-000-ask.099999@shop.example.com.eml", "sent before the index existed");
        again.Should().Be(fresh);
        Directory.EnumerateFiles(big.Path, "*.eml").Should().HaveCount(100_001);
    }

    [Fact]
    public async Task A_send_claimed_but_never_written_is_written_on_the_retry_under_its_claimed_name()
    {
        var mailer = new OutboxMailer(_folder.Path, _time);
        var first = await mailer.SendAsync(Emails.Ask());
        File.Delete(mailer.PathOf(first.ProviderId!)!);
        _time.Advance(TimeSpan.FromMinutes(1));

        var retry = await mailer.SendAsync(Emails.Ask());

        retry.Should().Be(first);
        mailer.List().Should().Equal(first.ProviderId);
    }

    [Fact]
    public async Task Twenty_concurrent_sends_of_one_message_id_write_one_file()
    {
        var mailer = new OutboxMailer(_folder.Path, _time);

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => mailer.SendAsync(Emails.Ask()))));

        results.Should().OnlyContain(r => r.Sent && r.ProviderId == results[0].ProviderId);
        mailer.List().Should().ContainSingle();
    }

    public void Dispose() => _folder.Dispose();
}
