using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using FeedbackCollector.Aws.Bedrock;
using FeedbackCollector.Aws.Http;
using FeedbackCollector.Aws.Tests.Bedrock;
using FeedbackCollector.Aws.Tests.Http;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Testing.Contracts;

namespace FeedbackCollector.Aws.Tests.Contracts;

/// <summary>
/// Bedrock passes the classifier contract the offline lexicon passes. The stand-in model answers in
/// Converse's shape: what the test taught it for the reply it was sent, and "unclear, 0.2" otherwise.
/// </summary>
public sealed class BedrockMoodClassifierContractTests : MoodClassifierContract, IDisposable
{
    private readonly FakeAwsServer _model = new();
    private readonly ConcurrentDictionary<string, FakeResponse> _taught = new(StringComparer.Ordinal);

    public BedrockMoodClassifierContractTests() => _model.Answer = request =>
        _taught.TryGetValue(ReplyText(request), out var answer) ? answer : ConverseFake.Mood("unclear", 0.2);

    protected override Task<IMoodClassifier> CreateClassifierAsync() =>
        Task.FromResult<IMoodClassifier>(new BedrockMoodClassifier(TestClients.For(AwsService.BedrockRuntime, _model.BaseUri)));

    protected override void TeachModel(string text, Mood mood, double confidence) =>
        _taught[text] = ConverseFake.Mood(mood.ToString().ToLowerInvariant(), confidence);

    public void Dispose() => _model.Dispose();

    private static string ReplyText(FakeRequest request) =>
        JsonNode.Parse(request.BodyText)!["messages"]![0]!["content"]![0]!["text"]!.GetValue<string>();
}
