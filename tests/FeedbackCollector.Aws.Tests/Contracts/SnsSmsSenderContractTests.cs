using FeedbackCollector.Aws.Http;
using FeedbackCollector.Aws.Sns;
using FeedbackCollector.Aws.Tests.Http;
using FeedbackCollector.Aws.Tests.Sns;
using FeedbackCollector.Testing.Contracts;

namespace FeedbackCollector.Aws.Tests.Contracts;

/// <summary>
/// SNS Publish to a phone number passes the SMS sender contract: delivery against moto_server (what was sent
/// is read back from moto's record of SMS, by the MessageIds SNS returned); a refused number and an outage
/// against a fake speaking SNS's XML errors, which moto cannot be made to give for an ordinary number.
/// </summary>
public sealed class SnsSmsSenderContractTests : SmsSenderContract
{
    protected override Task<SmsSenderUnderTest> CreateSenderAsync(SmsNetwork network)
    {
        if (network == SmsNetwork.Reachable)
        {
            var recorded = new RecordingSmsSender(new SnsSmsSender(TestClients.Moto(AwsService.Sns)));
            return Task.FromResult(new SmsSenderUnderTest(recorded, () => MotoSns.SentAsync(recorded.ProviderIds)));
        }
        var fake = new FakeAwsServer { Answer = r => MotoSns.FakeAnswer(r, network) };
        var sender = new SnsSmsSender(TestClients.For(AwsService.Sns, fake.BaseUri));
        return Task.FromResult(new SmsSenderUnderTest(sender,
            () => Task.FromResult<IReadOnlyList<DeliveredSms>>([]), new DisposeOnly(fake)));
    }

    private sealed class DisposeOnly(IDisposable inner) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            inner.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
