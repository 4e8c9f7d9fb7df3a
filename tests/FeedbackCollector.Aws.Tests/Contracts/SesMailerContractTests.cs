using FeedbackCollector.Aws.Http;
using FeedbackCollector.Aws.Ses;
using FeedbackCollector.Aws.Tests.Http;
using FeedbackCollector.Aws.Tests.Ses;
using FeedbackCollector.Testing.Contracts;
using Microsoft.Extensions.Time.Testing;

namespace FeedbackCollector.Aws.Tests.Contracts;

/// <summary>
/// SESv2 raw SendEmail against moto_server passes the mailer contract the outbox and the SMTP relay pass.
/// What was delivered is read back from moto's record of raw messages, by the MessageId SES returned.
/// </summary>
public sealed class SesMailerContractTests : MailerContract
{
    protected override async Task<MailerUnderTest> CreateMailerAsync()
    {
        var sender = await MotoSes.VerifiedSenderAsync();
        var mailer = new SesMailer(TestClients.Moto(AwsService.SesV2), new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero)));
        return new MailerUnderTest(mailer, "Kopi & Co <" + sender + ">", local => local + "@example.org",
            (_, result) => MotoSes.SentMimeAsync(result.ProviderId!));
    }
}
