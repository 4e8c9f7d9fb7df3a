using FeedbackCollector.Core.Ports;
using static FeedbackCollector.Testing.Contracts.ContractIds;

namespace FeedbackCollector.Testing.Contracts;

/// <summary>How the SMS provider behaves for a sender under test.</summary>
public enum SmsNetwork
{
    /// <summary>Messages are delivered.</summary>
    Reachable,

    /// <summary>The provider refuses the number (unallocated, landline, opted out at the carrier).</summary>
    NumberRefused,

    /// <summary>The provider is down for now or throttling (HTTP 5xx, 429).</summary>
    Unavailable,
}

public sealed record DeliveredSms(string To, string Text);

/// <param name="Delivered">Every message the provider accepted, in order.</param>
public sealed record SmsSenderUnderTest(
    ISmsSender Sender,
    Func<Task<IReadOnlyList<DeliveredSms>>> Delivered,
    IAsyncDisposable? Owned = null) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Owned?.DisposeAsync() ?? ValueTask.CompletedTask;
}

/// <summary>
/// What every ISmsSender must do (the fake now; SNS and a local gateway later): the recipient is an E.164
/// number and anything else is refused before it costs money; the message arrives exactly as the core
/// wrote it; a failed send is a SendResult that says whether a retry can help, never an exception.
/// </summary>
public abstract class SmsSenderContract
{
    protected abstract Task<SmsSenderUnderTest> CreateSenderAsync(SmsNetwork network);

    public static TheoryData<string> NotE164 => new() { "", "91234567", "6591234567", "+65 9123 4567", "+0123456789", "tel:+6591234567", "+65912345678901234", "dana@example.org" };

    [Fact]
    public async Task A_message_reaches_an_e164_number_exactly_as_given()
    {
        await using var s = await CreateSenderAsync(SmsNetwork.Reachable);
        const string text = "Hi Zoë, how was your visit to Kopi & Co? ☕ Tap: https://fb.example.com/t/Ab3-x_9";

        var result = await s.Sender.SendAsync("+6591234567", text, Ct);

        result.Sent.Should().BeTrue(result.Error);
        result.ProviderId.Should().NotBeNullOrWhiteSpace();
        (await s.Delivered()).Should().Equal(new DeliveredSms("+6591234567", text));
    }

    [Theory]
    [MemberData(nameof(NotE164))]
    public async Task A_recipient_that_is_not_an_e164_number_is_a_permanent_failure_and_nothing_is_sent(string phone)
    {
        await using var s = await CreateSenderAsync(SmsNetwork.Reachable);

        var result = await s.Sender.SendAsync(phone, "How was your visit?", Ct);

        result.Should().BeEquivalentTo(new { Sent = false, Transient = false });
        result.Error.Should().NotBeNullOrWhiteSpace();
        (await s.Delivered()).Should().BeEmpty();
    }

    [Fact]
    public async Task A_number_the_provider_refuses_is_a_permanent_failure_not_an_exception()
    {
        await using var s = await CreateSenderAsync(SmsNetwork.NumberRefused);

        var result = await s.Sender.SendAsync("+6591234567", "How was your visit?", Ct);

        result.Should().BeEquivalentTo(new { Sent = false, Transient = false });
        result.Error.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task A_provider_that_is_down_is_a_transient_failure_not_an_exception()
    {
        await using var s = await CreateSenderAsync(SmsNetwork.Unavailable);

        var result = await s.Sender.SendAsync("+6591234567", "How was your visit?", Ct);

        result.Should().BeEquivalentTo(new { Sent = false, Transient = true });
        result.Error.Should().NotBeNullOrWhiteSpace();
        (await s.Delivered()).Should().BeEmpty();
    }
}
