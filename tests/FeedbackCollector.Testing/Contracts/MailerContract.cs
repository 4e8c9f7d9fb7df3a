using FeedbackCollector.Core.Ports;
using MimeKit;
using static FeedbackCollector.Testing.Contracts.ContractIds;

namespace FeedbackCollector.Testing.Contracts;

/// <summary>
/// A mailer under test and how to see what it delivered: the outbox file, the relay's copy, SES's record.
/// </summary>
/// <param name="From">A sender the backend accepts (SES needs a verified identity).</param>
/// <param name="Recipient">Turns a local part into an address the backend delivers to.</param>
/// <param name="ReadDelivered">The delivered MIME bytes for a send that succeeded.</param>
public sealed record MailerUnderTest(
    IMailer Mailer,
    string From,
    Func<string, string> Recipient,
    Func<OutboundEmail, SendResult, Task<byte[]>> ReadDelivered,
    IAsyncDisposable? Owned = null) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Owned?.DisposeAsync() ?? ValueTask.CompletedTask;
}

/// <summary>
/// What every real IMailer must do: what the customer's mail client receives is what the core asked for —
/// the reply-to that carries the token, the one-click unsubscribe headers, the stable Message-ID — and a
/// malformed email is a permanent failure, never an exception or a forged header.
/// </summary>
public abstract class MailerContract
{
    protected abstract Task<MailerUnderTest> CreateMailerAsync();

    private static OutboundEmail Ask(MailerUnderTest m, string? html = "<p>Tap a star: <a href=\"https://fc.example.com/t/abc\">5</a></p>") => new(
        "Dana Lee <" + m.Recipient("dana") + ">", m.From, "r-" + Unique("k") + "@reply.example.com", "How was your visit, Dana?",
        "Tap a star: https://fc.example.com/t/abc", html,
        new Dictionary<string, string>
        {
            ["List-Unsubscribe"] = "<https://fc.example.com/u/abc>, <mailto:unsubscribe@reply.example.com?subject=abc>",
            ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
        },
        Unique("ask.") + "@fc.example.com");

    private static async Task<MimeMessage> SendAndReadAsync(MailerUnderTest m, OutboundEmail email)
    {
        var result = await m.Mailer.SendAsync(email, Ct);
        result.Sent.Should().BeTrue(result.Error);
        var bytes = await m.ReadDelivered(email, result);
        return await MimeMessage.LoadAsync(new MemoryStream(bytes), Ct);
    }

    [Fact]
    public async Task A_sent_email_arrives_with_its_addresses_subject_and_both_parts()
    {
        await using var m = await CreateMailerAsync();
        var email = Ask(m);

        var got = await SendAndReadAsync(m, email);

        got.To.Mailboxes.Single().Address.Should().Be(m.Recipient("dana"));
        got.To.Mailboxes.Single().Name.Should().Be("Dana Lee");
        got.From.Mailboxes.Single().Address.Should().Be(MailboxAddress.Parse(m.From).Address);
        got.Subject.Should().Be("How was your visit, Dana?");
        got.TextBody.Should().Contain("Tap a star: https://fc.example.com/t/abc");
        got.HtmlBody.Should().Contain("<a href=\"https://fc.example.com/t/abc\">5</a>");
    }

    [Fact]
    public async Task The_reply_to_unsubscribe_headers_and_message_id_arrive_unchanged()
    {
        await using var m = await CreateMailerAsync();
        var email = Ask(m);

        var got = await SendAndReadAsync(m, email);

        got.ReplyTo.Mailboxes.Single().Address.Should().Be(email.ReplyTo);
        got.Headers["List-Unsubscribe"].Should().Be(email.Headers["List-Unsubscribe"]);
        got.Headers["List-Unsubscribe-Post"].Should().Be("List-Unsubscribe=One-Click");
        got.MessageId.Should().Be(email.MessageId);
    }

    [Fact]
    public async Task Accents_and_emoji_in_the_name_subject_and_body_arrive_intact()
    {
        await using var m = await CreateMailerAsync();
        var email = Ask(m) with
        {
            To = "Zoë Ñúñez <" + m.Recipient("zoe") + ">",
            Subject = "¿Qué tal tu visita, Zoë? ☕",
            TextBody = "Danke schön — 星星 ⭐⭐⭐⭐⭐",
            HtmlBody = "<p>Danke schön — 星星 ⭐</p>",
        };

        var got = await SendAndReadAsync(m, email);

        got.To.Mailboxes.Single().Name.Should().Be("Zoë Ñúñez");
        got.Subject.Should().Be("¿Qué tal tu visita, Zoë? ☕");
        got.TextBody.Should().Contain("Danke schön — 星星 ⭐⭐⭐⭐⭐");
        got.HtmlBody.Should().Contain("星星 ⭐");
    }

    [Fact]
    public async Task An_email_without_html_arrives_as_plain_text_only()
    {
        await using var m = await CreateMailerAsync();

        var got = await SendAndReadAsync(m, Ask(m, html: null));

        got.HtmlBody.Should().BeNull();
        got.TextBody.Should().Contain("https://fc.example.com/t/abc");
    }

    [Fact]
    public async Task A_recipient_that_is_not_an_address_is_a_permanent_failure_not_an_exception()
    {
        await using var m = await CreateMailerAsync();

        var result = await m.Mailer.SendAsync(Ask(m) with { To = "dana at example dot com <<>" }, Ct);

        result.Should().BeEquivalentTo(new { Sent = false, Transient = false });
        result.Error.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task An_extra_header_that_would_override_the_sender_is_refused()
    {
        await using var m = await CreateMailerAsync();
        var email = Ask(m);
        var headers = new Dictionary<string, string>(email.Headers) { ["From"] = "ceo@bank.example" };

        var result = await m.Mailer.SendAsync(email with { Headers = headers }, Ct);

        result.Should().BeEquivalentTo(new { Sent = false, Transient = false });
    }

    [Fact]
    public async Task A_line_break_in_the_subject_cannot_add_a_header()
    {
        await using var m = await CreateMailerAsync();
        var email = Ask(m) with { Subject = "Thanks\r\nBcc: " + m.Recipient("eve") };

        var result = await m.Mailer.SendAsync(email, Ct);

        if (!result.Sent)
        {
            result.Transient.Should().BeFalse();
            return;
        }
        var got = await MimeMessage.LoadAsync(new MemoryStream(await m.ReadDelivered(email, result)), Ct);
        got.Bcc.Count.Should().Be(0);
        got.Headers.Contains(HeaderId.Bcc).Should().BeFalse();
        got.To.Mailboxes.Should().ContainSingle();
    }
}
