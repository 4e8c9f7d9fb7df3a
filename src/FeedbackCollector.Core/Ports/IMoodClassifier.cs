using FeedbackCollector.Core.Model;

namespace FeedbackCollector.Core.Ports;

/// <summary>Reads a written reply as {mood, confidence}. Throws ClassifierUnavailableException when it cannot answer.</summary>
public interface IMoodClassifier
{
    Task<MoodReading> ClassifyAsync(string text, CancellationToken ct = default);
}

/// <summary>The classifier could not answer; Transient says whether a retry may help.</summary>
public sealed class ClassifierUnavailableException(string message, bool transient, Exception? inner = null)
    : Exception(message, inner)
{
    public bool Transient { get; } = transient;
}
