using System.Net;
using System.Text;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Local.Sqlite;
using FeedbackCollector.Web.Webhooks.Signatures;
using MailKit.Net.Smtp;

namespace FeedbackCollector.EndToEnd;

/// <summary>Bad input against a running `serve`: each is answered, and what must be kept is kept.</summary>
public sealed class BadInputTests
{
    [Fact]
    public async Task A_webhook_with_a_bad_signature_gets_401_and_nothing_is_stored()
    {
        await using var serve = await ServeProcess.StartNewAsync();
        var body = ServeProcess.Visit("forged-1", "Eve", "eve@customers.example", ServeProcess.Start);
        using var response = await serve.PostWebhookAsync(body, "sha256=" + new string('0', 64));
        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        await serve.TickAsync();
        BlobFilesContaining(serve, body).Should().BeEmpty("an unsigned body is not kept");
        var storage = await LocalStorage.OpenAsync(Path.Combine(serve.DataDir, "feedback.db"));
        (await storage.Asks.ListForCustomerAsync(AskId.ForCustomer("eve@customers.example", null))).Should().BeEmpty();
    }

    [Fact]
    public async Task A_signed_but_malformed_body_gets_400_and_its_raw_bytes_are_kept()
    {
        await using var serve = await ServeProcess.StartNewAsync();
        var body = Encoding.UTF8.GetBytes("{\"source\":\"till\",\"source_id\":\"broken-1\", this is not json");
        using var response = await serve.PostWebhookAsync(body);
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        BlobFilesContaining(serve, body).Should().ContainSingle("the raw body is kept before it is parsed");
    }

    [Fact]
    public async Task A_signed_body_many_reads_long_sent_without_a_length_is_kept_whole()
    {
        // serve reads a body into a pooled buffer that grows; a chunked upload of 100 KB must still arrive byte for byte.
        await using var serve = await ServeProcess.StartNewAsync();
        var body = Encoding.UTF8.GetBytes("{\"source\":\"till\",\"source_id\":\"long-1\",\"note\":\"" + new string('x', 100_000) + " not json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "webhook") { Content = new StreamContent(new MemoryStream(body)) };
        request.Headers.TransferEncodingChunked = true;
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add(GenericSignature.Header, GenericSignature.Sign(ServeProcess.WebhookSecret, body));

        using var response = await serve.Http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        BlobFilesContaining(serve, body).Should().ContainSingle("the whole raw body is kept before it is parsed");
    }

    [Fact]
    public async Task A_body_one_byte_over_the_limit_gets_413()
    {
        await using var serve = await ServeProcess.StartNewAsync();
        var body = new byte[1024 * 1024 + 1];

        using var response = await serve.PostWebhookAsync(body);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Mail_to_an_address_outside_the_reply_domain_is_refused_with_550_before_DATA()
    {
        await using var serve = await ServeProcess.StartNewAsync();
        var message = ServeProcess.Reply("someone@elsewhere.example", "info@not-our-domain.example", "hello");
        var send = () => serve.SendMailAsync(message);
        (await send.Should().ThrowAsync<SmtpCommandException>()).Which.StatusCode.Should().Be(MailKit.Net.Smtp.SmtpStatusCode.MailboxUnavailable);
        Directory.Exists(Path.Combine(serve.DataDir, "blobs", "rawmime")).Should().BeFalse("nothing was accepted, so nothing is stored");
    }

    [Fact]
    public async Task A_reply_with_a_forged_token_is_stored_not_routed_and_counted()
    {
        await using var serve = await ServeProcess.StartNewAsync();
        (await serve.PostWebhookAsync(ServeProcess.Visit("sale-9", "Ivy", "ivy@customers.example", ServeProcess.Start))).Dispose();
        await serve.AdvanceToAsync(ServeProcess.Start.AddHours(2));
        await serve.TickAsync();
        var ask = (await serve.WaitForMailAsync("ivy@customers.example", 1)).Should().ContainSingle().Subject;
        var genuine = ask.ReplyTo.Mailboxes.Single().Address;
        var at = genuine.IndexOf('@', StringComparison.Ordinal);
        // Same shape as a real reply address, one character of the MAC changed.
        var last = genuine[at - 1];
        var forged = genuine[..(at - 1)] + (last == 'a' ? 'b' : 'a') + genuine[at..];

        await serve.SendMailAsync(ServeProcess.Reply("mallory@elsewhere.example", forged, "Terrible place, never again!"));
        await Task.Delay(500);
        Directory.EnumerateFiles(Path.Combine(serve.DataDir, "blobs", "rawmime"), "*.eml", SearchOption.AllDirectories)
            .Where(f => !f.Contains(".versions", StringComparison.Ordinal))
            .Should().ContainSingle("the forged mail is stored as received");
        (await ServeFlowTests.AnswerOfAsync(serve, "ivy@customers.example")).Should().BeNull("a forged token is not routed");
        serve.OwnerPings().Should().BeEmpty("nobody is pinged");
        serve.ReplyCounts().GetProperty("forged_tokens").GetInt32().Should().Be(1);
    }

    private static List<string> BlobFilesContaining(ServeProcess serve, byte[] body)
    {
        var blobs = Path.Combine(serve.DataDir, "blobs");
        if (!Directory.Exists(blobs)) return [];
        return [.. Directory.EnumerateFiles(blobs, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains(".versions", StringComparison.Ordinal) && File.ReadAllBytes(f).AsSpan().SequenceEqual(body))];
    }
}
