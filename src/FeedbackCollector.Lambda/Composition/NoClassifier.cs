using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Lambda.Composition;

/// <summary>reply-handler records only star taps, which the rules bucket without a model; Bedrock is the router's alone (IAM).</summary>
internal sealed class NoClassifier : IMoodClassifier
{
    public Task<MoodReading> ClassifyAsync(string text, CancellationToken ct = default) =>
        throw new ClassifierUnavailableException("reply-handler does not classify text; the router does", transient: false);
}
