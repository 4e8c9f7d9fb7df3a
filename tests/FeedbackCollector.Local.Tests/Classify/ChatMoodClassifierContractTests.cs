using System.Collections.Concurrent;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Local.Classify;
using FeedbackCollector.Testing.Contracts;

namespace FeedbackCollector.Local.Tests.Classify;

/// <summary>The chat-model classifier passes the contract Bedrock and the lexicon pass, against a fake model server.</summary>
public abstract class ChatMoodClassifierContractTests : MoodClassifierContract, IDisposable
{
    private readonly ConcurrentDictionary<string, string> _taught = new(StringComparer.Ordinal);

    protected ChatMoodClassifierContractTests(bool anthropic)
    {
        Server = new FakeChatServer(anthropic);
        Server.Answer = text => _taught.TryGetValue(text, out var answer) ? answer : """{"mood":"unclear","confidence":0.2}""";
    }

    internal FakeChatServer Server { get; }

    protected abstract string Provider { get; }

    protected virtual Uri Endpoint => Server.BaseUri;

    protected override Task<IMoodClassifier> CreateClassifierAsync()
    {
        var (classifier, problem) = ClassifierFactory.Create(Provider, Endpoint.ToString(), "test-model", "test-key");
        return Task.FromResult(classifier ?? throw new InvalidOperationException(problem));
    }

    protected override void TeachModel(string text, Mood mood, double confidence) =>
        _taught[text] = $$"""{"mood":"{{mood.ToString().ToLowerInvariant()}}","confidence":{{confidence.ToString(System.Globalization.CultureInfo.InvariantCulture)}}}""";

    public void Dispose()
    {
        Server.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class OpenAiCompatibleMoodClassifierContractTests() : ChatMoodClassifierContractTests(anthropic: false)
{
    protected override string Provider => ClassifierFactory.OpenAi;

    protected override Uri Endpoint => new(Server.BaseUri, "v1");
}

public sealed class AnthropicMoodClassifierContractTests() : ChatMoodClassifierContractTests(anthropic: true)
{
    protected override string Provider => ClassifierFactory.Anthropic;
}
