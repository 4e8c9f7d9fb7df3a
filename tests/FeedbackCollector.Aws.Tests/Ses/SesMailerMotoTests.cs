using System.Text;
using System.Text.Json.Nodes;
using FeedbackCollector.Aws.Http;
using FeedbackCollector.Aws.Ses;
using FeedbackCollector.Aws.Tests.Http;
using FeedbackCollector.Core.Ports;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace FeedbackCollector.Aws.Tests.Ses;

/// <summary>SESv2 SendEmail (raw) against moto_server; the sent MIME is read back from moto's model data.</summary>
public sealed class SesMailerMotoTests
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 11, 28, 9, 15, 0, TimeSpan.Zero));

    private static async Task<string> VerifiedSender()
    {
        var sender = $"shop-{Guid.NewGuid():N}@example.com";
        var body = Encoding.UTF8.GetBytes($$"""{"EmailIdentity":"{{sender}}"}""");
        await TestClients.Moto(AwsService.SesV2).SendAsync(new AwsCall(HttpMethod.Post, ["v2", "email", "identities"], body, "application/json"), default);
        return sender;
    }

    private static OutboundEmail Ask(string from) => new(
        "Dana <dana@example.org>", from, "r-a1b2c3d4@reply.example.com", "How was your visit, Dana?",
        "Tap a star: https://fc.example.com/t/abc", "<p>Tap a star</p>",
        new Dictionary<string, string>
        {
            ["List-Unsubscribe"] = "<https://fc.example.com/u/abc>, <mailto:unsubscribe@reply.example.com?subject=abc>",
            ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
        },
        $"ask-{Guid.NewGuid():N}@fc.example.com");

    private static async Task<MimeMessage> SentMessage(string messageId)
    {
        using var http = new HttpClient();
        var data = JsonNode.Parse(await http.GetStringAsync(new Uri(TestClients.MotoUrl(), "/moto-api/data.json")))!;
        var raw = data["ses"]!["RawMessage"]!.AsArray().Single(m => m!["id"]!.GetValue<string>() == messageId)!["raw_data"]!.GetValue<string>();
        return await MimeMessage.LoadAsync(new MemoryStream(Encoding.UTF8.GetBytes(raw)));
    }

    [Fact]
    public async Task A_sent_ask_keeps_its_reply_to_unsubscribe_headers_and_message_id()
    {
        var from = await VerifiedSender();
        var email = Ask(from);

        var result = await new SesMailer(TestClients.Moto(AwsService.SesV2), Time).SendAsync(email, Ct);

        result.Sent.Should().BeTrue(result.Error);
        var sent = await SentMessage(result.ProviderId!);
        sent.ReplyTo.Mailboxes.Single().Address.Should().Be("r-a1b2c3d4@reply.example.com");
        sent.Headers["List-Unsubscribe"].Should().Be("<https://fc.example.com/u/abc>, <mailto:unsubscribe@reply.example.com?subject=abc>");
        sent.Headers["List-Unsubscribe-Post"].Should().Be("List-Unsubscribe=One-Click");
        sent.MessageId.Should().Be(email.MessageId);
        sent.Subject.Should().Be("How was your visit, Dana?");
        sent.Date.Should().Be(Time.GetUtcNow());
        sent.TextBody.Should().Contain("https://fc.example.com/t/abc");
        sent.HtmlBody.Should().Contain("<p>Tap a star</p>");
        sent.To.Mailboxes.Single().Address.Should().Be("dana@example.org");
    }

    [Fact]
    public async Task An_unverified_sender_is_a_permanent_failure_not_an_exception()
    {
        var result = await new SesMailer(TestClients.Moto(AwsService.SesV2), Time).SendAsync(Ask($"nobody-{Guid.NewGuid():N}@example.com"), Ct);

        result.Sent.Should().BeFalse();
        result.Transient.Should().BeFalse();
        result.Error.Should().Contain("MessageRejected");
    }

    [Fact]
    public async Task The_summary_goes_to_the_owner_with_a_message_id_per_month()
    {
        var from = await VerifiedSender();
        var month = $"2026-{Random.Shared.Next(10, 99)}{Guid.NewGuid():N}"[..20];
        var writer = new SesSummaryWriter(new SesMailer(TestClients.Moto(AwsService.SesV2), Time),
            new SummaryMailOptions("owner@example.net", from, "fc.example.com"));

        var result = await writer.WriteAsync(month, "November at a glance", "Asked 40, happy 31.", Ct);

        result.Sent.Should().BeTrue(result.Error);
        var sent = await SentMessage(result.ProviderId!);
        sent.To.Mailboxes.Single().Address.Should().Be("owner@example.net");
        sent.MessageId.Should().Be($"summary-{month}@fc.example.com");
    }
}
