using FeedbackCollector.Local.Mail;
using FeedbackCollector.Local.Tests.TestSupport;
using FeedbackCollector.Testing.Contracts;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace FeedbackCollector.Local.Tests.Mail;

/// <summary>The outbox passes the mailer contract SES passes on AWS; what was delivered is the .eml file.</summary>
public sealed class OutboxMailerContractTests : MailerContract, IDisposable
{
    private readonly TempFolder _folder = new();

    protected override Task<MailerUnderTest> CreateMailerAsync()
    {
        var mailer = new OutboxMailer(_folder.Path, new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero)));
        return Task.FromResult(new MailerUnderTest(mailer, "Kopi & Co <hello@kopi.example>", local => local + "@example.org",
            (_, result) => File.ReadAllBytesAsync(mailer.PathOf(result.ProviderId!)!)));
    }

    public void Dispose() => _folder.Dispose();
}

/// <summary>
/// The SMTP relay mailer passes the same contract, through a real SMTP server on 127.0.0.1 that requires a
/// login; what was delivered is the relay's copy with the same Message-ID.
/// </summary>
public sealed class SmtpRelayMailerContractTests : MailerContract
{
    protected override async Task<MailerUnderTest> CreateMailerAsync()
    {
        var relay = await AuthRelay.StartAsync();
        var mailer = new SmtpRelayMailer(new SmtpRelayOptions("127.0.0.1", relay.Port, SmtpSecurity.None, "relay-user", "relay-pass"),
            TimeProvider.System);
        return new MailerUnderTest(mailer, "Kopi & Co <hello@kopi.example>", local => local + "@example.org",
            (email, _) => Task.FromResult(relay.Messages.Single(m => MimeMessage.Load(new MemoryStream(m)).MessageId == email.MessageId)),
            relay);
    }
}
