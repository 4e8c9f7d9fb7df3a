using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Testing.Fakes;

public sealed record WrittenSummary(string Month, string Subject, string Text);

/// <summary>Records every monthly summary; <see cref="Script"/> makes writes fail.</summary>
public sealed class FakeSummaryWriter : ISummaryWriter
{
    private readonly Lock _gate = new();
    private readonly List<WrittenSummary> _written = [];

    public SendScript Script { get; } = new();

    public IReadOnlyList<WrittenSummary> Written
    {
        get { lock (_gate) return [.. _written]; }
    }

    public Task<SendResult> WriteAsync(string month, string subject, string text, CancellationToken ct = default)
    {
        var result = Script.Next("summary");
        if (result.Sent)
        {
            lock (_gate) _written.Add(new WrittenSummary(month, subject, text));
        }
        return Task.FromResult(result);
    }
}
