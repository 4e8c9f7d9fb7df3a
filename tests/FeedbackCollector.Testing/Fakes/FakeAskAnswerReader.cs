using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Testing.Fakes;

/// <summary>In-memory IAskAnswerReader over the fake stores it is given (so what a test adds through them is what it reads).</summary>
public sealed class FakeAskAnswerReader(FakeAskStore asks, FakeFeedbackStore feedback) : IAskAnswerReader
{
    public async Task<AskWithAnswer?> GetAsync(string customerId, string askId, CancellationToken ct = default)
    {
        var ask = await asks.GetAsync(customerId, askId, ct);
        return ask is null ? null : new AskWithAnswer(ask, await feedback.GetAsync(customerId, askId, ct));
    }
}
