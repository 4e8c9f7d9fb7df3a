using FeedbackCollector.Cli.Composition;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Local.Mail;
using Microsoft.Extensions.Time.Testing;

namespace FeedbackCollector.Cli.Tests.Composition;

/// <summary>The owner page's outbox locally: the SMS outbox beside the email outbox (issue 13, point 1).</summary>
public sealed class OutboxFolderViewTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("fc-outbox-view-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Texts_from_the_sms_outbox_are_listed_beside_the_mails_newest_first_with_their_number_and_first_words()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
        var mails = Path.Combine(_dir, "outbox");
        var texts = Path.Combine(_dir, "sms-outbox");
        (await new OutboxMailer(mails, clock).SendAsync(new OutboundEmail("ann@example.com", "hello@kims.example", null,
            "How was your haircut?", "Hi Ann", null, new Dictionary<string, string>(), "<m1@kims.example>"))).Sent.Should().BeTrue();
        clock.Advance(TimeSpan.FromMinutes(10));
        (await new OutboxSmsSender(texts, clock).SendAsync("+6591234567",
            "Hi Mo, how was your visit to Kim's Salon? Tap to rate: https://fb.example.com/t/abc Reply STOP to opt out"))
            .Sent.Should().BeTrue();

        var items = new OutboxFolderView(mails, texts).Newest(10);

        items.Select(i => i.To).Should().Equal("+6591234567", "ann@example.com");
        items[0].Subject.Should().StartWith("SMS: Hi Mo, how was your visit").And.EndWith("…");
        items[0].CreatedAt.Should().Be(clock.GetUtcNow());
        items[1].Subject.Should().Be("How was your haircut?");
        new OutboxFolderView(mails).Newest(10).Should().ContainSingle("without an SMS outbox only mails are listed");
    }
}
