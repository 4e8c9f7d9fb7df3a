using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Testing.Fakes;

/// <summary>
/// Scripted readings (a blank text is always unclear with confidence 0, as the real classifiers read it): an exact text can be given its reading; otherwise queued readings are used in
/// order, then <see cref="Default"/>. Queue <see cref="EnqueueUnavailable"/> to throw
/// ClassifierUnavailableException once, or set <see cref="Unavailable"/> to throw on every call.
/// </summary>
public sealed class FakeMoodClassifier : IMoodClassifier
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, MoodReading> _byText = new(StringComparer.Ordinal);
    private readonly Queue<Func<MoodReading>> _queue = new();
    private readonly List<string> _calls = [];

    public MoodReading Default { get; set; } = new(Mood.Unclear, 0.5);

    /// <summary>When set, every call throws ClassifierUnavailableException with this transient flag.</summary>
    public bool? Unavailable { get; set; }

    /// <summary>Texts the classifier was asked about, in order.</summary>
    public IReadOnlyList<string> Calls
    {
        get { lock (_gate) return [.. _calls]; }
    }

    public FakeMoodClassifier When(string text, Mood mood, double confidence)
    {
        lock (_gate) _byText[text] = new MoodReading(mood, confidence);
        return this;
    }

    public FakeMoodClassifier Enqueue(Mood mood, double confidence)
    {
        lock (_gate) _queue.Enqueue(() => new MoodReading(mood, confidence));
        return this;
    }

    public FakeMoodClassifier EnqueueUnavailable(bool transient = true)
    {
        lock (_gate) _queue.Enqueue(() => throw new ClassifierUnavailableException("scripted: classifier unavailable", transient));
        return this;
    }

    public Task<MoodReading> ClassifyAsync(string text, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (ct.IsCancellationRequested) return Task.FromCanceled<MoodReading>(ct);
        Func<MoodReading> answer;
        lock (_gate)
        {
            _calls.Add(text);
            if (string.IsNullOrWhiteSpace(text)) return Task.FromResult(new MoodReading(Mood.Unclear, 0));
            var scripted = _byText.GetValueOrDefault(text);
            answer = Unavailable is { } transient ? () => throw new ClassifierUnavailableException("scripted: classifier down", transient)
                : scripted is not null ? () => scripted
                : _queue.TryDequeue(out var next) ? next
                : () => Default;
        }
        // Fails the way a real async adapter does: through the returned task, not at the call.
        try
        {
            return Task.FromResult(answer());
        }
        catch (ClassifierUnavailableException ex)
        {
            return Task.FromException<MoodReading>(ex);
        }
    }
}
