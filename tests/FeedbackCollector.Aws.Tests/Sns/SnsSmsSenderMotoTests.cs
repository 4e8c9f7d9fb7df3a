using FeedbackCollector.Aws.Http;
using FeedbackCollector.Aws.Sns;
using FeedbackCollector.Aws.Tests.Http;

namespace FeedbackCollector.Aws.Tests.Sns;

public sealed class SnsSmsSenderMotoTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_number_on_the_accounts_opt_out_list_is_a_permanent_failure_and_nothing_is_published()
    {
        // moto reports every number ending in 99 as opted out.
        var sender = new RecordingSmsSender(new SnsSmsSender(TestClients.Moto(AwsService.Sns)));

        var result = await sender.SendAsync("+6591234599", "How was it?", Ct);

        result.Should().BeEquivalentTo(new { Sent = false, Transient = false });
        result.Error.Should().Contain("opted out");
        sender.ProviderIds.Should().BeEmpty();
    }

    [Fact]
    public async Task The_message_goes_as_transactional_with_the_sender_id_and_origination_number_set()
    {
        using var fake = new FakeAwsServer
        {
            Answer = r => r.BodyText.Contains("Action=Publish", StringComparison.Ordinal)
                ? new FakeResponse(200, "<PublishResponse><PublishResult><MessageId>m-1</MessageId></PublishResult></PublishResponse>")
                : new FakeResponse(200, "<CheckIfPhoneNumberIsOptedOutResponse><CheckIfPhoneNumberIsOptedOutResult><isOptedOut>false</isOptedOut></CheckIfPhoneNumberIsOptedOutResult></CheckIfPhoneNumberIsOptedOutResponse>"),
        };
        var sender = new SnsSmsSender(TestClients.For(AwsService.Sns, fake.BaseUri), new SnsSmsOptions("KopiCo", "+18005550100"));

        var result = await sender.SendAsync("+6591234567", "How was it?", Ct);

        result.ProviderId.Should().Be("m-1");
        var publish = Uri.UnescapeDataString(fake.Requests.Last().BodyText);
        publish.Should().Contain("AWS.SNS.SMS.SMSType").And.Contain("Transactional")
            .And.Contain("AWS.SNS.SMS.SenderID").And.Contain("KopiCo")
            .And.Contain("AWS.MM.SMS.OriginationNumber").And.Contain("+18005550100");
        fake.Requests.Last().Header("authorization").Should().Contain("/sns/aws4_request");
    }
}
