using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Testing.Fakes;

/// <summary>
/// What a fake sender answers next: success by default, or scripted failures
/// ("fail the next 2 sends transiently", "fail every send permanently").
/// </summary>
public sealed class SendScript
{
    private readonly Lock _gate = new();
    private readonly Queue<SendResult> _next = new();
    private SendResult? _always;
    private int _count;

    /// <summary>The next <paramref name="times"/> sends fail with the given error.</summary>
    public void FailNext(int times = 1, bool transient = true, string error = "scripted failure")
    {
        lock (_gate)
        {
            for (var i = 0; i < times; i++) _next.Enqueue(SendResult.Failed(error, transient));
        }
    }

    /// <summary>Every send fails from now on until <see cref="Recover"/>.</summary>
    public void FailAlways(bool transient, string error = "scripted failure")
    {
        lock (_gate) _always = SendResult.Failed(error, transient);
    }

    public void Recover()
    {
        lock (_gate)
        {
            _always = null;
            _next.Clear();
        }
    }

    /// <summary>The result of the next send; successes carry a provider id of <paramref name="prefix"/>-n.</summary>
    public SendResult Next(string prefix)
    {
        lock (_gate)
        {
            if (_next.TryDequeue(out var scripted)) return scripted;
            if (_always is not null) return _always;
            _count++;
            return SendResult.Ok($"{prefix}-{_count}");
        }
    }
}
