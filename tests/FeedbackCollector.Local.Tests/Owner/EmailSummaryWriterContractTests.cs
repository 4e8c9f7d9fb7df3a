using FeedbackCollector.Local.Mail;
using FeedbackCollector.Local.Tests.TestSupport;
using FeedbackCollector.Mail.Owner;
using FeedbackCollector.Testing.Contracts;
using FeedbackCollector.Testing.Fakes;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace FeedbackCollector.Local.Tests.Owner;

/// <summary>
/// The one email summary writer (both runtimes) passes the summary contract through the outbox, read back
/// as the owner's mail client sees it; a mail path that is down is played by the fake mailer.
/// </summary>
public sealed class EmailSummaryWriterContractTests : SummaryWriterContract, IDisposable
{
    private const string Owner = "owner@kopi.example";
    private readonly TempFolder _folder = new();

    protected override Task<SummaryWriterUnderTest> CreateWriterAsync(bool available = true)
    {
        if (!available)
        {
            var down = new FakeMailer();
            down.Script.FailAlways(transient: true, "relay 451: try again later");
            return Task.FromResult(new SummaryWriterUnderTest(new EmailSummaryWriter(down, Owner, "hello@kopi.example"), Owner,
                () => Task.FromResult<IReadOnlyList<DeliveredSummary>>([.. down.Sent.Select(e => new DeliveredSummary(e.To, e.Subject, e.TextBody, e.MessageId))])));
        }
        var outbox = new OutboxMailer(_folder.Path, new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 1, 0, 0, TimeSpan.Zero)));
        return Task.FromResult(new SummaryWriterUnderTest(new EmailSummaryWriter(outbox, Owner, "Kopi & Co <hello@kopi.example>"), Owner,
            async () => [.. await Task.WhenAll(outbox.List().Select(name => ReadAsync(outbox.PathOf(name)!)))]));
    }

    private static async Task<DeliveredSummary> ReadAsync(string path)
    {
        var message = await MimeMessage.LoadAsync(path, TestContext.Current.CancellationToken);
        return new DeliveredSummary(message.To.Mailboxes.Single().Address, message.Subject ?? "", message.TextBody ?? "", message.MessageId ?? "");
    }

    public void Dispose() => _folder.Dispose();
}
