using FeedbackCollector.Local.Mail;
using FeedbackCollector.Testing.Contracts;
using Microsoft.Extensions.Time.Testing;

namespace FeedbackCollector.Local.Tests.Mail;

/// <summary>The SMS outbox passes the SMS sender contract; "down" is a folder that cannot be written for now.</summary>
public sealed class OutboxSmsSenderContractTests : SmsSenderContract
{
    protected override Task<SmsSenderUnderTest> CreateSenderAsync(SmsNetwork network)
    {
        // An outbox delivers to every number; a refusal is the provider's, which the outbox has none of.
        if (network == SmsNetwork.NumberRefused) Assert.Skip("an outbox refuses no number");
        var root = Directory.CreateTempSubdirectory("fc-sms-").FullName;
        var folder = Path.Combine(root, "sms-outbox");
        // A file where the folder should be: creating the folder fails with an IOException, as a full disk would.
        if (network == SmsNetwork.Unavailable) File.WriteAllText(folder, "");
        var sender = new OutboxSmsSender(folder, new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero)));
        return Task.FromResult(new SmsSenderUnderTest(sender, () => Task.FromResult<IReadOnlyList<DeliveredSms>>(
            network == SmsNetwork.Unavailable ? [] : [.. sender.List().Select(m => new DeliveredSms(m.To, m.Text))])));
    }
}

public sealed class OutboxSmsSenderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Sending_the_same_text_to_the_same_number_again_writes_one_file()
    {
        var folder = Path.Combine(Directory.CreateTempSubdirectory("fc-sms-").FullName, "sms-outbox");
        var sender = new OutboxSmsSender(folder, new FakeTimeProvider());

        var first = await sender.SendAsync("+6591234567", "How was it?", Ct);
        var again = await sender.SendAsync("+6591234567", "How was it?", Ct);

        again.ProviderId.Should().Be(first.ProviderId);
        sender.List().Should().ContainSingle().Which.Should().Be(new OutboxSms(first.ProviderId!, "+6591234567", "How was it?"));
    }

    [Fact]
    public async Task Regression_the_same_text_to_the_same_number_days_later_is_a_second_message_as_an_sms_follow_up_repeats_the_ask()
    {
        var folder = Path.Combine(Directory.CreateTempSubdirectory("fc-sms-").FullName, "sms-outbox");
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 3, 0, 0, TimeSpan.Zero));
        var sender = new OutboxSmsSender(folder, clock);

        var ask = await sender.SendAsync("+6591234567", "How was it? http://x/t/abc", Ct);
        clock.Advance(TimeSpan.FromMinutes(10));
        var retry = await sender.SendAsync("+6591234567", "How was it? http://x/t/abc", Ct);
        clock.Advance(TimeSpan.FromDays(3));
        var followUp = await sender.SendAsync("+6591234567", "How was it? http://x/t/abc", Ct);

        retry.ProviderId.Should().Be(ask.ProviderId, "a retry minutes later is the same message");
        followUp.ProviderId.Should().NotBe(ask.ProviderId);
        sender.List().Select(m => m.FileName).Should().Equal(ask.ProviderId, followUp.ProviderId);
    }
}
