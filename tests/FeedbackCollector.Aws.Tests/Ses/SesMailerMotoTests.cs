using FeedbackCollector.Aws.Http;
using FeedbackCollector.Aws.Ses;
using FeedbackCollector.Aws.Tests.Http;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Summary;
using FeedbackCollector.Core.Sweeps;
using FeedbackCollector.Mail.Owner;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace FeedbackCollector.Aws.Tests.Ses;

/// <summary>SESv2 SendEmail (raw) against moto_server beyond the mailer contract (Contracts/SesMailerContractTests): the Date, failures, the summary.</summary>
public sealed class SesMailerMotoTests
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 11, 28, 9, 15, 0, TimeSpan.Zero));

    private static OutboundEmail Ask(string from) => new(
        "Dana <dana@example.org>", from, "r-a1b2c3d4@reply.example.com", "How was your visit, Dana?",
        "Tap a star: https://fc.example.com/t/abc", "<p>Tap a star</p>",
        new Dictionary<string, string>
        {
            ["List-Unsubscribe"] = "<https://fc.example.com/u/abc>, <mailto:unsubscribe@reply.example.com?subject=abc>",
            ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
        },
        $"ask-{Guid.NewGuid():N}@fc.example.com");

    private static async Task<MimeMessage> SentMessage(string messageId) =>
        await MimeMessage.LoadAsync(new MemoryStream(await MotoSes.SentMimeAsync(messageId)));

    [Fact]
    public async Task The_date_header_is_the_send_time_from_the_injected_clock()
    {
        var email = Ask(await MotoSes.VerifiedSenderAsync());

        var result = await new SesMailer(TestClients.Moto(AwsService.SesV2), Time).SendAsync(email, Ct);

        result.Sent.Should().BeTrue(result.Error);
        (await SentMessage(result.ProviderId!)).Date.Should().Be(Time.GetUtcNow());
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
        var from = await MotoSes.VerifiedSenderAsync();
        var month = $"2026-{Random.Shared.Next(10, 99)}{Guid.NewGuid():N}"[..20];
        var writer = new EmailSummaryWriter(new SesMailer(TestClients.Moto(AwsService.SesV2), Time), "owner@example.net", from);

        var result = await writer.WriteAsync(new SummaryLetter(month, "November at a glance", "Kopi & Co", "Asked 40, happy 31.",
            new MonthlyFigures(month, 40, 35, 31, 2, 2, 12, 2, 1, null)), Ct);

        result.Sent.Should().BeTrue(result.Error);
        var sent = await SentMessage(result.ProviderId!);
        sent.To.Mailboxes.Single().Address.Should().Be("owner@example.net");
        sent.MessageId.Should().Be($"summary-{month}@example.com", "the sender's domain");
    }
}
