using FeedbackCollector.Core.Classify;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Testing.Contracts;

namespace FeedbackCollector.Core.Tests.Classify;

/// <summary>The offline classifier the local runtime uses passes the contract Bedrock passes on AWS.</summary>
public sealed class LexiconMoodClassifierContractTests : MoodClassifierContract
{
    protected override Task<IMoodClassifier> CreateClassifierAsync() => Task.FromResult<IMoodClassifier>(new LexiconMoodClassifier());
}
