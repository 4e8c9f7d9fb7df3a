using System.Text;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Local.Mail;
using FeedbackCollector.Local.Tests.TestSupport;

namespace FeedbackCollector.Local.Tests.Mail;

/// <summary>Against a real SMTP server in-process (the SmtpServer package, via our own ReplyListener) on 127.0.0.1.</summary>
public sealed class SmtpRelayMailerTests
{
    [Fact]
    public async Task A_message_is_delivered_to_the_relay_as_mime()
    {
        await using var relay = await ListenerHarness.StartAsync("relay.test");
        var mailer = new SmtpRelayMailer(new SmtpRelayOptions("127.0.0.1", relay.Port, SmtpSecurity.None), TimeProvider.System);

        var result = await mailer.SendAsync(Emails.Ask(to: "ann@relay.test"));

        result.Sent.Should().BeTrue(result.Error);
        var (key, recipient) = relay.Handed.Should().ContainSingle().Subject;
        recipient.Should().Be("ann@relay.test");
        var mime = Encoding.UTF8.GetString((await relay.Blobs.GetAsync(BlobArea.RawMime, key))!);
        mime.Should().Contain("Subject: How was your visit, Ann?").And.Contain("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    }

    [Fact]
    public async Task A_5xx_refusal_is_a_permanent_failure()
    {
        await using var relay = await ListenerHarness.StartAsync("relay.test");
        var mailer = new SmtpRelayMailer(new SmtpRelayOptions("127.0.0.1", relay.Port, SmtpSecurity.None), TimeProvider.System);

        var result = await mailer.SendAsync(Emails.Ask(to: "someone@elsewhere.test"));

        result.Sent.Should().BeFalse();
        result.Transient.Should().BeFalse();
        result.Error.Should().StartWith("smtp 550");
    }

    [Fact]
    public async Task A_4xx_answer_is_a_transient_failure()
    {
        await using var relay = await ListenerHarness.StartAsync("relay.test");
        relay.PipelineFailure = new InvalidOperationException("disk full");
        var mailer = new SmtpRelayMailer(new SmtpRelayOptions("127.0.0.1", relay.Port, SmtpSecurity.None), TimeProvider.System);

        var result = await mailer.SendAsync(Emails.Ask(to: "ann@relay.test"));

        result.Sent.Should().BeFalse();
        result.Transient.Should().BeTrue();
        result.Error.Should().StartWith("smtp 451");
    }

    [Fact]
    public async Task An_unreachable_relay_is_a_transient_failure()
    {
        var mailer = new SmtpRelayMailer(new SmtpRelayOptions("127.0.0.1", FreePort.Next(), SmtpSecurity.None)
        {
            Timeout = TimeSpan.FromSeconds(5),
        }, TimeProvider.System);

        var result = await mailer.SendAsync(Emails.Ask());

        result.Sent.Should().BeFalse();
        result.Transient.Should().BeTrue();
    }

    [Fact]
    public async Task A_relay_that_requires_login_accepts_the_configured_credentials()
    {
        await using var relay = await AuthRelay.StartAsync();
        var mailer = new SmtpRelayMailer(new SmtpRelayOptions("127.0.0.1", relay.Port, SmtpSecurity.None, "relay-user", "relay-pass"),
            TimeProvider.System);

        var result = await mailer.SendAsync(Emails.Ask());

        result.Sent.Should().BeTrue(result.Error);
        Encoding.UTF8.GetString(relay.Messages.Should().ContainSingle().Subject).Should().Contain("Message-Id: <ask.a123@shop.example.com>");
    }

    [Fact]
    public async Task With_bounces_to_the_reply_address_the_envelope_sender_is_the_asks_reply_address()
    {
        await using var relay = await AuthRelay.StartAsync();
        var options = new SmtpRelayOptions("127.0.0.1", relay.Port, SmtpSecurity.None, "relay-user", "relay-pass");
        var verp = new SmtpRelayMailer(options with { BouncesToReplyAddress = true }, TimeProvider.System);
        var plain = new SmtpRelayMailer(options, TimeProvider.System);

        (await verp.SendAsync(Emails.Ask())).Sent.Should().BeTrue();
        (await plain.SendAsync(Emails.Ask(messageId: "ask.b456@shop.example.com"))).Sent.Should().BeTrue();

        relay.EnvelopeSenders.Should().Equal("r-token123@reply.example.com", "hello@shop.example.com");
    }

    [Fact]
    public async Task A_refused_login_is_a_permanent_failure()
    {
        await using var relay = await AuthRelay.StartAsync();
        var mailer = new SmtpRelayMailer(new SmtpRelayOptions("127.0.0.1", relay.Port, SmtpSecurity.None, "relay-user", "wrong"),
            TimeProvider.System);

        var result = await mailer.SendAsync(Emails.Ask());

        result.Should().BeEquivalentTo(new { Sent = false, Transient = false });
        relay.Messages.Should().BeEmpty();
    }

    [Theory]
    [InlineData(421, true)]
    [InlineData(451, true)]
    [InlineData(550, false)]
    [InlineData(554, false)]
    public void Reply_codes_map_to_transient_or_permanent(int code, bool transient) =>
        SmtpRelayMailer.IsTransient(code).Should().Be(transient);

    [Fact]
    public void The_options_never_print_the_password() =>
        new SmtpRelayOptions("smtp.example.com", 587, SmtpSecurity.StartTls, "user", "hunter2").ToString()
            .Should().NotContain("hunter2");
}
