using System.Net.Sockets;
using System.Text;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Local.Listener;
using FeedbackCollector.Local.Tests.TestSupport;
using FeedbackCollector.Testing.Fakes;
using MailKit.Net.Smtp;
using MimeKit;

namespace FeedbackCollector.Local.Tests.Listener;

/// <summary>A real MailKit client over a real socket to the listener on 127.0.0.1.</summary>
public sealed class ReplyListenerTests
{
    [Fact]
    public async Task An_accepted_reply_is_stored_raw_and_then_handed_on_by_key_and_recipient()
    {
        await using var listener = await ListenerHarness.StartAsync();

        await SendAsync(listener.Port, Reply("r-tok123@reply.example.com", "Loved it, thanks!"));

        var (key, recipient) = listener.Handed.Should().ContainSingle().Subject;
        recipient.Should().Be("r-tok123@reply.example.com");
        key.Should().MatchRegex(@"^\d{4}/\d{2}/\d{2}/[0-9a-f]{32}\.eml$");
        var raw = Encoding.UTF8.GetString((await listener.Blobs.GetAsync(BlobArea.RawMime, key))!);
        raw.Should().Contain("Loved it, thanks!");
    }

    [Fact]
    public async Task An_unknown_recipient_gets_550_before_data_and_nothing_is_stored()
    {
        await using var listener = await ListenerHarness.StartAsync();

        var act = () => SendAsync(listener.Port, Reply("owner@shop.example.com", "hello"));

        var refused = (await act.Should().ThrowAsync<SmtpCommandException>()).Which;
        refused.StatusCode.Should().Be(SmtpStatusCode.MailboxUnavailable);
        refused.ErrorCode.Should().Be(SmtpErrorCode.RecipientNotAccepted, "the refusal comes at RCPT, before DATA");
        (await listener.Blobs.ListAsync(BlobArea.RawMime, "")).Should().BeEmpty();
        listener.Handed.Should().BeEmpty();
    }

    [Fact]
    public async Task An_oversize_message_is_refused_and_nothing_is_stored()
    {
        await using var listener = await ListenerHarness.StartAsync(maxBytes: 4 * 1024);

        var act = () => SendAsync(listener.Port, Reply("r-tok123@reply.example.com", new string('x', 20 * 1024)));

        await act.Should().ThrowAsync<Exception>();
        (await listener.Blobs.ListAsync(BlobArea.RawMime, "")).Should().BeEmpty();
        listener.Handed.Should().BeEmpty();
    }

    [Fact]
    public async Task An_oversize_message_sent_without_announcing_its_size_is_refused_too()
    {
        await using var listener = await ListenerHarness.StartAsync(maxBytes: 4 * 1024);

        var transcript = await RawSessionAsync(listener.Port, "r-tok123@reply.example.com", new string('y', 20 * 1024));

        transcript.Should().NotContain("250 Ok\r\n221", "the oversize DATA must not be accepted");
        (await listener.Blobs.ListAsync(BlobArea.RawMime, "")).Should().BeEmpty();
    }

    [Fact]
    public async Task The_listener_announces_its_size_limit()
    {
        await using var listener = await ListenerHarness.StartAsync(maxBytes: 4 * 1024);
        using var client = new SmtpClient();

        await client.ConnectAsync("127.0.0.1", listener.Port, MailKit.Security.SecureSocketOptions.None);

        client.Capabilities.Should().HaveFlag(SmtpCapabilities.Size);
        client.MaxSize.Should().Be(4 * 1024);
        await client.DisconnectAsync(true);
    }

    [Fact]
    public async Task When_the_pipeline_fails_after_storing_the_sender_is_told_to_retry()
    {
        var blobs = new FakeBlobStore();
        var listener = new ReplyListener(new ReplyListenerOptions("reply.example.com"), blobs,
            (_, _, _) => throw new InvalidOperationException("db locked"), TimeProvider.System);

        var act = () => listener.AcceptAsync(Encoding.ASCII.GetBytes("Subject: x\r\n\r\nhi\r\n"), ["r-1@reply.example.com"], default);

        await act.Should().ThrowAsync<InvalidOperationException>();
        (await blobs.ListAsync(BlobArea.RawMime, "")).Should().ContainSingle("the raw MIME is stored before anything else runs");
    }

    [Fact]
    public async Task The_listener_accepting_1000_recipients_in_one_message_is_fixed_past_the_cap_each_rcpt_gets_452()
    {
        await using var listener = await ListenerHarness.StartAsync();
        using var tcp = new TcpClient();
        await tcp.ConnectAsync("127.0.0.1", listener.Port, Ct);
        using var reader = new StreamReader(tcp.GetStream(), Encoding.ASCII);
        var writer = tcp.GetStream();
        async Task<string> CommandAsync(string line)
        {
            await writer.WriteAsync(Encoding.ASCII.GetBytes(line + "\r\n"), Ct);
            return await ReadReplyAsync(reader);
        }
        await ReadReplyAsync(reader);
        await CommandAsync("EHLO test");
        await CommandAsync("MAIL FROM:<ann@example.com>");
        var answers = new List<string>();
        for (var i = 0; i < listener.Options.MaxRecipients + 1; i++) answers.Add(await CommandAsync($"RCPT TO:<r-tok{i}@reply.example.com>"));
        await CommandAsync("DATA");
        await CommandAsync("Subject: x\r\n\r\nhi\r\n.");

        answers.Take(listener.Options.MaxRecipients).Should().AllSatisfy(a => a.Should().StartWith("250"));
        answers[^1].Should().StartWith("452");
        listener.Handed.Should().HaveCount(listener.Options.MaxRecipients, "the pipeline runs once per accepted recipient, at most the cap");
    }

    [Fact]
    public async Task A_message_handed_over_with_more_recipients_than_the_cap_is_refused_whole()
    {
        var blobs = new FakeBlobStore();
        var handed = 0;
        var listener = new ReplyListener(new ReplyListenerOptions("reply.example.com"), blobs, (_, _, _) => { handed++; return Task.CompletedTask; }, TimeProvider.System);

        var verdict = await listener.AcceptAsync(Encoding.ASCII.GetBytes("Subject: x\r\n\r\nhi\r\n"),
            [.. Enumerable.Range(0, 1000).Select(i => $"r-{i}@reply.example.com")], Ct);

        verdict.Should().Be(ReplyVerdict.TooManyRecipients);
        handed.Should().Be(0);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>One SMTP reply, multi-line ("250-…" continued until "250 …") read whole.</summary>
    private static async Task<string> ReadReplyAsync(StreamReader reader)
    {
        var text = new StringBuilder();
        while (await reader.ReadLineAsync(Ct) is { } line)
        {
            text.AppendLine(line);
            if (line.Length < 4 || line[3] != '-') break;
        }
        return text.ToString();
    }

    private static MimeMessage Reply(string to, string text)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse("ann@example.com"));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = "Re: How was your visit?";
        message.Body = new TextPart("plain") { Text = text };
        return message;
    }

    private static async Task SendAsync(int port, MimeMessage message)
    {
        using var client = new SmtpClient();
        await client.ConnectAsync("127.0.0.1", port, MailKit.Security.SecureSocketOptions.None);
        await client.SendAsync(message);
        await client.DisconnectAsync(true);
    }

    /// <summary>A hand-written SMTP session that never sends SIZE=, so only DATA enforcement can stop it.</summary>
    private static async Task<string> RawSessionAsync(int port, string to, string body)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync("127.0.0.1", port);
        var stream = tcp.GetStream();
        var transcript = new StringBuilder();
        var buffer = new byte[8192];
        async Task ReadAsync()
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(3));
            try
            {
                var n = await stream.ReadAsync(buffer, cts.Token);
                transcript.Append(Encoding.ASCII.GetString(buffer, 0, n));
            }
            catch (Exception ex) when (ex is OperationCanceledException or IOException)
            {
                transcript.Append("[closed]");
            }
        }
        async Task SendLineAsync(string line)
        {
            try
            {
                await stream.WriteAsync(Encoding.ASCII.GetBytes(line + "\r\n"));
            }
            catch (IOException)
            {
                transcript.Append("[write failed]");
            }
            await ReadAsync();
        }
        await ReadAsync();
        await SendLineAsync("EHLO test");
        await SendLineAsync("MAIL FROM:<ann@example.com>");
        await SendLineAsync($"RCPT TO:<{to}>");
        await SendLineAsync("DATA");
        await SendLineAsync($"Subject: big\r\n\r\n{body}\r\n.");
        await SendLineAsync("QUIT");
        return transcript.ToString();
    }
}
