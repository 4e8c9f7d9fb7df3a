using FeedbackCollector.App.Sms;
using FeedbackCollector.Testing.Contracts;
using FeedbackCollector.Testing.Sms;

namespace FeedbackCollector.App.Tests.Sms;

/// <summary>Twilio's Messages API, played by a local fake server, passes the SMS sender contract.</summary>
public sealed class TwilioSmsSenderContractTests : SmsSenderContract
{
    protected override Task<SmsSenderUnderTest> CreateSenderAsync(SmsNetwork network)
    {
        var twilio = new FakeTwilio(network);
        var sender = new TwilioSmsSender(new HttpClient(), new TwilioOptions(FakeTwilio.Sid, FakeTwilio.Token, "+6580001111", twilio.BaseUri));
        return Task.FromResult(new SmsSenderUnderTest(sender, () => Task.FromResult<IReadOnlyList<DeliveredSms>>([.. twilio.Delivered]), twilio));
    }
}

public sealed class TwilioSmsSenderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(21211)]
    [InlineData(21610)]
    public async Task Twilio_refusing_the_number_or_a_number_that_replied_stop_is_permanent_and_says_the_code(int code)
    {
        await using var twilio = new FakeTwilio(SmsNetwork.NumberRefused, code);
        var sender = new TwilioSmsSender(new HttpClient(), new TwilioOptions(FakeTwilio.Sid, FakeTwilio.Token, "+6580001111", twilio.BaseUri));

        var result = await sender.SendAsync("+6591234567", "How was it?", Ct);

        result.Should().BeEquivalentTo(new { Sent = false, Transient = false });
        result.Error.Should().Contain(code.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_wrong_auth_token_is_refused_by_twilio_and_is_retried_later_not_dropped()
    {
        await using var twilio = new FakeTwilio();
        var sender = new TwilioSmsSender(new HttpClient(), new TwilioOptions(FakeTwilio.Sid, "wrong", "+6580001111", twilio.BaseUri));

        var result = await sender.SendAsync("+6591234567", "How was it?", Ct);

        result.Should().BeEquivalentTo(new { Sent = false, Transient = true });
        twilio.Delivered.Should().BeEmpty();
    }

    [Fact]
    public async Task A_messaging_service_sid_is_sent_as_the_messaging_service_not_as_a_from_number()
    {
        await using var twilio = new FakeTwilio();
        var sender = new TwilioSmsSender(new HttpClient(), new TwilioOptions(FakeTwilio.Sid, FakeTwilio.Token, "MG123", twilio.BaseUri));

        (await sender.SendAsync("+6591234567", "How was it?", Ct)).Sent.Should().BeTrue();

        twilio.FromValues.Should().Equal("MessagingServiceSid=MG123");
    }
}
